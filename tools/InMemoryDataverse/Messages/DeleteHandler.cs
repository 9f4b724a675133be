using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>
/// Delete: the row must exist (its pre-image is available to every stage); its N:N associations go with it, and its
/// 1:N children are handled as each relationship's CascadeDelete declares
/// (https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior):
/// Cascade deletes each child through its own Delete pipeline (a child request of this one, so its steps run and see
/// this Delete up their ParentContext chain), RemoveLink clears the lookup, Restrict refuses the delete.
/// </summary>
internal sealed class DeleteHandler : IMessageHandler
{
    public string MessageName => "Delete";

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var reference = MessageContext.Required<EntityReference>(request, "Target");
        var table = context.Table(reference.LogicalName);
        var before = context.Store.Find(table.LogicalName, reference.Id) ?? throw Faults.RowNotFound(table.LogicalName, reference.Id);
        var target = new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name };
        var invocation = context.NewInvocation(MessageName, null, table.LogicalName, table, request);
        invocation.Items.Add(new PipelineItem(MessageContext.CopyParameters(request, "Target", target), null, reference.Id, before));
        context.Run(invocation, i =>
        {
            Cascade(context, table, i);
            RecordWriter.Delete(context, table, i.Items[0]);
        });
        return new DeleteResponse { Results = invocation.Items[0].Output };
    }

    private static void Cascade(MessageContext context, TableMetadata table, PipelineInvocation invocation)
    {
        var id = invocation.Items[0].Id;
        PluginExecutionContext? parent = null;
        foreach (var relationship in context.Metadata.OneToManyFrom(table.LogicalName))
        {
            if (relationship.CascadeDelete is not (CascadeBehavior.Cascade or CascadeBehavior.RemoveLink or CascadeBehavior.Restrict)) continue;
            var children = Children(context, relationship, id);
            if (children.Count == 0) continue;
            switch (relationship.CascadeDelete)
            {
                case CascadeBehavior.Restrict:
                    throw Faults.Create(ErrorCodes.CannotDeleteDueToAssociation, $"{ErrorCodes.CannotDeleteDueToAssociationMessage} ({relationship.SchemaName}: {children.Count} {relationship.ReferencingEntity} row(s) refer to this {table.LogicalName}.)");
                case CascadeBehavior.RemoveLink:
                    foreach (var child in children)
                    {
                        var values = child.CopyValues(0);
                        values.Remove(relationship.ReferencingAttribute);
                        context.Store.Put(relationship.ReferencingEntity, new StoredRow(child.Id, values));
                    }

                    break;
                default:
                    parent ??= ContextFactory.MainOperation(context.Core, invocation, invocation.Items[0]);
                    var service = new InMemoryOrganizationService(context.Core, context.Origin.UserId, parent);
                    foreach (var child in children)
                    {
                        if (context.Store.Contains(relationship.ReferencingEntity, child.Id)) service.Delete(relationship.ReferencingEntity, child.Id);
                    }

                    break;
            }
        }
    }

    /// <summary>The rows of the relationship's referencing table that point at the row <paramref name="id"/>.</summary>
    internal static List<StoredRow> Children(MessageContext context, OneToManyRelationship relationship, System.Guid id)
    {
        var children = new List<StoredRow>();
        foreach (var row in context.Store.Rows(relationship.ReferencingEntity))
        {
            if (row.Id != id && row.Get(relationship.ReferencingAttribute) is EntityReference link && link.Id == id) children.Add(row);
        }

        return children;
    }
}
