using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.CustomApis;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>
/// Executes one Custom API: checks the request against its parameters, then PreValidation and PreOperation steps,
/// the bound plugin type as the main operation (stage 30, which writes OutputParameters), PostOperation steps, and
/// returns the response properties as the response's Results ("Create and use custom APIs",
/// https://learn.microsoft.com/power-apps/developer/data-platform/custom-api). A plugin's failure rolls back as for
/// any message.
/// </summary>
internal sealed class CustomApiHandler : IMessageHandler
{
    /// <summary>The platform's number for the main operation, the stage no registered step may use (https://learn.microsoft.com/power-apps/developer/data-platform/event-framework).</summary>
    public const int MainOperationStage = 30;

    private const string Target = "Target";
    private readonly RegisteredStep? _mainOperation;

    public CustomApiHandler(CustomApiDefinition api, IPlugin? mainOperation)
    {
        Api = api;
        if (mainOperation is null) return;
        var step = new StepDefinition(Guid.Empty, $"{api.UniqueName}: main operation", api.PluginTypeName ?? mainOperation.GetType().FullName!, api.UniqueName,
            api.PrimaryEntity, (PipelineStage)MainOperationStage, ExecutionMode.Synchronous, 1, Array.Empty<string>(), Array.Empty<StepImage>(), null, null);
        _mainOperation = new RegisteredStep(step, mainOperation, -1);
    }

    public CustomApiDefinition Api { get; }

    public string MessageName => Api.UniqueName;

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var input = Validate(request);
        var id = Guid.Empty;
        var table = Api.BoundEntityLogicalName is null ? null : context.Table(Api.BoundEntityLogicalName);
        if (Api.BindingType == CustomApiBindingType.Entity)
        {
            var target = (EntityReference)input[Target];
            if (!string.Equals(target.LogicalName, Api.BoundEntityLogicalName, StringComparison.Ordinal))
            {
                throw Faults.Invalid($"{Api.UniqueName} is bound to '{Api.BoundEntityLogicalName}'; its Target is a '{target.LogicalName}'.");
            }

            if (!context.Store.Contains(target.LogicalName, target.Id)) throw Faults.RowNotFound(target.LogicalName, target.Id);
            id = target.Id;
        }

        var invocation = context.NewInvocation(Api.UniqueName, null, Api.PrimaryEntity, table, request);
        var item = new PipelineItem(input, null, id, null);
        invocation.Items.Add(item);
        context.Run(invocation, running =>
        {
            if (_mainOperation is not null) new StepInvoker(context.Core).RunSync(_mainOperation, ContextFactory.ForItem(context.Core, running, item, _mainOperation, (PipelineStage)MainOperationStage, ExecutionMode.Synchronous));
        });

        var response = new OrganizationResponse { ResponseName = Api.UniqueName };
        foreach (var property in Api.ResponseProperties)
        {
            if (!item.Output.TryGetValue(property.UniqueName, out var value) || value is null) continue;
            if (!property.Accepts(value))
            {
                throw Faults.Create(ErrorCodes.UnexpectedError, $"{Api.UniqueName}'s plugin set the response property '{property.UniqueName}' to a {value.GetType().Name}; it is declared as {property.Type}.");
            }

            response.Results[property.UniqueName] = value;
        }

        return response;
    }

    /// <summary>
    /// Every required parameter present, every parameter declared, every value of its declared type
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables). The code is InvalidArgument:
    /// the docs do not name a code for these refusals (a known gap).
    /// </summary>
    private ParameterCollection Validate(OrganizationRequest request)
    {
        var declared = new Dictionary<string, CustomApiField>(StringComparer.Ordinal);
        foreach (var parameter in Api.RequestParameters) declared[parameter.UniqueName] = parameter;
        var input = new ParameterCollection();
        foreach (var pair in request.Parameters)
        {
            if (Api.BindingType == CustomApiBindingType.Entity && pair.Key == Target)
            {
                if (pair.Value is not EntityReference) throw Faults.Invalid($"{Api.UniqueName} is bound to '{Api.BoundEntityLogicalName}': its Target must be an EntityReference.");
                input[pair.Key] = pair.Value;
                continue;
            }

            if (!declared.TryGetValue(pair.Key, out var parameter))
            {
                throw Faults.Invalid($"'{pair.Key}' is not a parameter of {Api.UniqueName}. Its parameters: {Names()}.");
            }

            if (pair.Value is null)
            {
                if (!parameter.IsOptional) throw Faults.Invalid($"{Api.UniqueName} requires the parameter '{parameter.UniqueName}' ({parameter.Type}); it was null.");
                continue;
            }

            if (!parameter.Accepts(pair.Value))
            {
                throw Faults.Invalid($"{Api.UniqueName}'s parameter '{parameter.UniqueName}' is {parameter.Type} ({CustomApiField.ClrType(parameter.Type).Name}); it was given a {pair.Value.GetType().Name}.");
            }

            input[pair.Key] = pair.Value;
        }

        if (Api.BindingType == CustomApiBindingType.Entity && !input.ContainsKey(Target))
        {
            throw Faults.Invalid($"{Api.UniqueName} is bound to '{Api.BoundEntityLogicalName}': the request needs a Target EntityReference.");
        }

        foreach (var parameter in Api.RequestParameters)
        {
            if (!parameter.IsOptional && !input.ContainsKey(parameter.UniqueName))
            {
                throw Faults.Invalid($"{Api.UniqueName} requires the parameter '{parameter.UniqueName}' ({parameter.Type}).");
            }
        }

        return input;
    }

    private string Names()
    {
        var names = new List<string>();
        foreach (var parameter in Api.RequestParameters) names.Add(parameter.UniqueName);
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
