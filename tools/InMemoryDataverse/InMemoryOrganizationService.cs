using System;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory;

/// <summary>
/// IOrganizationService over an in-memory org. Every call runs the full pipeline; errors arrive as
/// FaultException&lt;OrganizationServiceFault&gt;. Services handed to plugins run child pipelines (Depth + 1).
/// </summary>
public sealed class InMemoryOrganizationService : IOrganizationService
{
    private readonly OrganizationCore _core;
    private readonly PluginExecutionContext? _parent;

    internal InMemoryOrganizationService(OrganizationCore core, Guid callerId, PluginExecutionContext? parent)
    {
        _core = core;
        CallerId = callerId;
        _parent = parent;
    }

    /// <summary>The systemuser the calls run as (like CrmServiceClient.CallerId).</summary>
    public Guid CallerId { get; set; }

    public Guid Create(Entity entity) => ((CreateResponse)Execute(new CreateRequest { Target = entity })).id;

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity!;

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection!;

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        var callerId = CallerId;
        return _core.Executor.Execute(request, () => _parent is null
            ? CallOrigin.TopLevel(callerId, _core.Ids.NewId())
            : CallOrigin.ChildOf(_parent, callerId));
    }
}
