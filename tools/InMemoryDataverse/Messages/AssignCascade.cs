using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>
/// A change of owner reaches the referencing rows as each 1:N relationship's CascadeAssign declares
/// (https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior):
/// Cascade reassigns every child, Active only active children, UserOwned only those the previous owner owned;
/// NoCascade leaves them. Each child is reassigned through its own Update pipeline, a child request of this one.
/// </summary>
internal static class AssignCascade
{
    public static void Run(MessageContext context, TableMetadata table, PipelineInvocation invocation, PipelineItem item)
    {
        if (item.Target is null || !item.Target.Attributes.ContainsKey(SystemColumns.OwnerId)) return;
        var before = item.PreRow?.Get(SystemColumns.OwnerId) as EntityReference;
        if (item.PostRow?.Get(SystemColumns.OwnerId) is not EntityReference owner || (before is not null && before.Id == owner.Id)) return;
        InMemoryOrganizationService? service = null;
        foreach (var relationship in context.Metadata.OneToManyFrom(table.LogicalName))
        {
            if (relationship.CascadeAssign is not (CascadeBehavior.Cascade or CascadeBehavior.Active or CascadeBehavior.UserOwned)) continue;
            if (context.Metadata.FindTable(relationship.ReferencingEntity)?.Ownership != OwnershipType.UserOwned) continue; // only owned rows have an owner to change
            foreach (var child in DeleteHandler.Children(context, relationship, item.Id))
            {
                if (relationship.CascadeAssign == CascadeBehavior.Active && child.Get(SystemColumns.StateCode) is OptionSetValue { Value: not 0 }) continue;
                if (relationship.CascadeAssign == CascadeBehavior.UserOwned && (child.Get(SystemColumns.OwnerId) as EntityReference)?.Id != before?.Id) continue;
                service ??= new InMemoryOrganizationService(context.Core, context.Origin.UserId, ContextFactory.MainOperation(context.Core, invocation, item));
                service.Update(new Entity(relationship.ReferencingEntity, child.Id) { [SystemColumns.OwnerId] = new EntityReference(owner.LogicalName, owner.Id) });
            }
        }
    }
}
