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

    public static void EnsureValid(StepDefinition step, MetadataModel metadata)
    {
        StepDefinitionValidator.EnsureValid(step);
        if (!RaisedMessages.Contains(step.Message))
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

    private static void CheckColumn(StepDefinition step, TableMetadata table, string column, string what)
    {
        if (table.FindColumn(column) is null)
        {
            throw new StepRegistrationException($"Step '{step.Name}' names {what} '{column}', which table '{table.LogicalName}' does not have.");
        }
    }
}
