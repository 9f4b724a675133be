using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.Registration;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// Rejects steps that could never run as declared: impossible combinations (StepDefinitionValidator), messages the org
/// does not raise, and tables or columns the metadata does not know.
/// </summary>
internal static class StepRegistrationGuard
{
    private static readonly HashSet<string> RaisedMessages = new(StringComparer.Ordinal)
    {
        "Create", "Update", "Delete", "Retrieve", "RetrieveMultiple", "CreateMultiple", "UpdateMultiple", "Associate", "Disassociate",
        "SetState", "SetStateDynamicEntity",
    };

    public static void EnsureValid(StepDefinition step, MetadataModel metadata, Messages.MessageHandlers? handlers = null)
    {
        StepDefinitionValidator.EnsureValid(step);
        if (handlers?.Find(step.Message) is Messages.CustomApiHandler customApi)
        {
            EnsureAllowed(step, customApi.Api);
        }
        else if (!RaisedMessages.Contains(step.Message))
        {
            var hint = step.Message is "Assign"
                ? " The platform performs it through Update: register on Update with the filtering attribute ownerid."
                : string.Empty;
            throw new StepRegistrationException($"Step '{step.Name}' is registered on '{step.Message}', which the in-memory org never raises.{hint}");
        }

        if (step.PrimaryEntity is "none" or "") return;
        var table = metadata.FindTable(step.PrimaryEntity)
            ?? throw new StepRegistrationException($"Step '{step.Name}' is registered on table '{step.PrimaryEntity}', which the org's metadata does not declare.");
        foreach (var column in step.FilteringAttributes) CheckColumn(step, table, column, "filtering attribute");
        foreach (var image in step.Images)
        {
            foreach (var column in image.Attributes) CheckColumn(step, table, column, $"image '{image.Alias}' column");
        }
    }

    /// <summary>
    /// A Custom API's allowedcustomprocessingsteptype: None refuses every step, AsyncOnly refuses synchronous ones
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables). A bound API's steps are on its table.
    /// </summary>
    private static void EnsureAllowed(StepDefinition step, CustomApis.CustomApiDefinition api)
    {
        if (api.AllowedCustomProcessingStepType == CustomApis.CustomApiStepType.None)
        {
            throw new StepRegistrationException($"Step '{step.Name}' is registered on Custom API '{api.UniqueName}', which allows no custom processing steps.");
        }

        if (api.AllowedCustomProcessingStepType == CustomApis.CustomApiStepType.AsyncOnly && step.Mode != Plugins.Registration.ExecutionMode.Asynchronous)
        {
            throw new StepRegistrationException($"Step '{step.Name}' is synchronous, but Custom API '{api.UniqueName}' allows asynchronous steps only.");
        }

        if (step.PrimaryEntity is not ("none" or "") && !string.Equals(step.PrimaryEntity, api.PrimaryEntity, StringComparison.Ordinal))
        {
            throw new StepRegistrationException($"Step '{step.Name}' is registered on table '{step.PrimaryEntity}', but Custom API '{api.UniqueName}' is on '{api.PrimaryEntity}'.");
        }
    }

    private static void CheckColumn(StepDefinition step, TableMetadata table, string column, string what)
    {
        if (table.FindColumn(column) is null)
        {
            throw new StepRegistrationException($"Step '{step.Name}' names {what} '{column}', which table '{table.LogicalName}' does not have.");
        }
    }
}
