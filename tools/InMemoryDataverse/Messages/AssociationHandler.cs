using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Store;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>
/// Associate/Disassociate for declared N:N relationships: each association is a row of the intersect table, so it is
/// journaled and rolled back like any other write.
/// </summary>
internal abstract class AssociationHandler : IMessageHandler
{
    public abstract string MessageName { get; }

    protected abstract bool Associates { get; }

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var target = MessageContext.Required<EntityReference>(request, "Target");
        var relationship = MessageContext.Required<Relationship>(request, "Relationship");
        var related = MessageContext.Required<EntityReferenceCollection>(request, "RelatedEntities");
        var definition = context.Metadata.FindRelationship(relationship.SchemaName)
            ?? throw Faults.Invalid($"The relationship '{relationship.SchemaName}' is not declared as an N:N relationship in the in-memory org.");
        var table = context.Table(target.LogicalName);
        var invocation = context.NewInvocation(MessageName, null, table.LogicalName, table, request);
        var item = new PipelineItem(MessageContext.CopyParameters(request, "Target", target), null, target.Id, null);
        invocation.Items.Add(item);
        context.Run(invocation, _ =>
        {
            foreach (var other in related) Apply(context, definition, target, other);
        });
        var response = new OrganizationResponse { ResponseName = MessageName, Results = item.Output };
        return response;
    }

    private void Apply(MessageContext context, ManyToManyRelationship relationship, EntityReference target, EntityReference other)
    {
        var (first, second) = Order(relationship, target, other);
        MustExist(context, first);
        MustExist(context, second);
        var existing = Find(context, relationship, first.Id, second.Id);
        if (Associates)
        {
            if (existing is not null) throw Faults.Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key: {first.LogicalName} {first.Id} and {second.LogicalName} {second.Id} are already associated through '{relationship.SchemaName}'.");
            var values = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [relationship.Entity1IntersectAttribute] = first.Id,
                [relationship.Entity2IntersectAttribute] = second.Id,
            };
            var id = context.Core.Ids.NewId();
            values[relationship.IntersectEntityName + "id"] = id;
            context.Store.Put(relationship.IntersectEntityName, new StoredRow(id, values));
        }
        else if (existing is not null)
        {
            context.Store.Remove(relationship.IntersectEntityName, existing.Id);
        }
    }

    private static (EntityReference First, EntityReference Second) Order(ManyToManyRelationship relationship, EntityReference target, EntityReference other)
    {
        if (target.LogicalName == relationship.Entity1LogicalName && other.LogicalName == relationship.Entity2LogicalName) return (target, other);
        if (target.LogicalName == relationship.Entity2LogicalName && other.LogicalName == relationship.Entity1LogicalName) return (other, target);
        throw Faults.Invalid($"The relationship '{relationship.SchemaName}' joins {relationship.Entity1LogicalName} and {relationship.Entity2LogicalName}, not {target.LogicalName} and {other.LogicalName}.");
    }

    private static void MustExist(MessageContext context, EntityReference reference)
    {
        context.Table(reference.LogicalName);
        if (!context.Store.Contains(reference.LogicalName, reference.Id)) throw Faults.RowNotFound(reference.LogicalName, reference.Id);
    }

    private static StoredRow? Find(MessageContext context, ManyToManyRelationship relationship, Guid first, Guid second)
    {
        foreach (var row in context.Store.Rows(relationship.IntersectEntityName))
        {
            if (row.Get(relationship.Entity1IntersectAttribute) is Guid a && a == first
                && row.Get(relationship.Entity2IntersectAttribute) is Guid b && b == second)
            {
                return row;
            }
        }

        return null;
    }
}

internal sealed class AssociateHandler : AssociationHandler
{
    public override string MessageName => "Associate";

    protected override bool Associates => true;
}

internal sealed class DisassociateHandler : AssociationHandler
{
    public override string MessageName => "Disassociate";

    protected override bool Associates => false;
}
