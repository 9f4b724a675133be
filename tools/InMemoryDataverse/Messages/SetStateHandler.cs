using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>
/// SetState and SetStateDynamicEntity (EntityMoniker, State, Status): deprecated messages that still run the steps
/// registered on them, and perform an update of statecode/statuscode
/// (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior). With
/// <see cref="SetStateRouting.OwnMessageAndUpdate"/> the main operation also runs Update's PreOperation/PostOperation
/// steps, sharing the request's SharedVariables.
/// </summary>
internal sealed class SetStateHandler : IMessageHandler
{
    public SetStateHandler(string messageName) => MessageName = messageName;

    public string MessageName { get; }

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var moniker = MessageContext.Required<EntityReference>(request, "EntityMoniker");
        var state = MessageContext.Required<OptionSetValue>(request, "State");
        var status = MessageContext.Required<OptionSetValue>(request, "Status");
        var table = context.Table(moniker.LogicalName);
        if (!table.HasStateColumns) throw Faults.Invalid($"{MessageName} needs a table with statecode and statuscode; '{table.LogicalName}' has none.");
        var before = context.Store.Find(table.LogicalName, moniker.Id) ?? throw Faults.RowNotFound(table.LogicalName, moniker.Id);
        var target = new Entity(table.LogicalName, moniker.Id);
        target.Attributes[SystemColumns.StateCode] = new OptionSetValue(state.Value);
        if (status.Value != -1) target.Attributes[SystemColumns.StatusCode] = new OptionSetValue(status.Value); // -1 = the state's default status
        ColumnValueValidator.Validate(table, target);

        var input = MessageContext.CopyParameters(request, "EntityMoniker", new EntityReference(moniker.LogicalName, moniker.Id) { Name = moniker.Name });
        var response = new OrganizationResponse { ResponseName = MessageName };
        var invocation = context.NewInvocation(MessageName, null, table.LogicalName, table, request);
        var item = new PipelineItem(input, null, moniker.Id, before, response.Results);
        invocation.Items.Add(item);
        context.Run(invocation, _ => Perform(context, table, request, item, target));
        return response;
    }

    private static void Perform(MessageContext context, TableMetadata table, OrganizationRequest request, PipelineItem item, Entity target)
    {
        var write = new PipelineItem(new ParameterCollection { ["Target"] = target }, target, item.Id, item.PreRow).SharingVariablesOf(item);
        if (context.Core.Options.SetStateRouting == SetStateRouting.OwnMessageAndUpdate)
        {
            var update = context.NewInvocation("Update", "UpdateMultiple", table.LogicalName, table, request);
            update.Items.Add(write);
            update.AddBulkView(null, context.Core.Steps);
            context.Core.Stages.RunFromPreOperation(update, u => UpdateHandler.WriteAll(context, table, u));
        }
        else
        {
            RecordWriter.Update(context, table, write);
        }

        item.PostRow = write.PostRow;
    }
}
