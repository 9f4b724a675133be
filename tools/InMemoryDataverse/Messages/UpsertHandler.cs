using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>
/// Upsert: updates the row when one with the Target's id exists, creates it otherwise, running the Create or Update
/// pipeline accordingly (https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record).
/// Alternate keys are not modelled: the row is found by its id only.
/// </summary>
internal sealed class UpsertHandler : IMessageHandler
{
    private readonly CreateHandler _create = new();
    private readonly UpdateHandler _update = new();

    public string MessageName => "Upsert";

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var target = MessageContext.Required<Entity>(request, "Target");
        var table = context.Table(target.LogicalName);
        var id = target.Id != Guid.Empty ? target.Id
            : target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var key) && key is Guid given ? given
            : Guid.Empty;
        var exists = id != Guid.Empty && context.Store.Contains(table.LogicalName, id);
        var inner = new OrganizationRequest(exists ? "Update" : "Create") { RequestId = request.RequestId };
        inner.Parameters["Target"] = target;
        var result = exists ? _update.Handle(inner, context) : _create.Handle(inner, context);
        var response = new UpsertResponse();
        response.Results["RecordCreated"] = !exists;
        response.Results["Target"] = new EntityReference(table.LogicalName, exists ? id : ((CreateResponse)result).id);
        return response;
    }
}
