using System;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>
/// RetrieveEntity: one table's metadata by LogicalName, or by MetadataId when no name is given
/// (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieveentityrequest). Every table of the org is
/// published, so RetrieveAsIfPublished changes nothing.
/// </summary>
internal sealed class RetrieveEntityHandler : IMessageHandler
{
    public string MessageName => "RetrieveEntity";

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var filters = MetadataRequests.Filters(request);
        var name = request.Parameters.TryGetValue("LogicalName", out var rawName) ? rawName as string : null;
        var id = request.Parameters.TryGetValue("MetadataId", out var rawId) && rawId is Guid guid ? guid : Guid.Empty;
        if (string.IsNullOrEmpty(name) && id == Guid.Empty)
        {
            throw Faults.Invalid("The RetrieveEntity request needs a 'LogicalName' or a 'MetadataId' to identify the table.");
        }

        var table = string.IsNullOrEmpty(name) ? FindById(context.Metadata, id) : context.Metadata.FindTable(name);
        if (table is null) throw Faults.TableMetadataNotFound(name, id);

        var response = new RetrieveEntityResponse { ResponseName = MessageName };
        response.Results["EntityMetadata"] = EntityMetadataFactory.Create(context.Metadata, table, filters);
        return response;
    }

    private static TableMetadata? FindById(MetadataModel model, Guid id)
    {
        foreach (var table in model.Tables)
        {
            if (EntityMetadataFactory.MetadataIdOf(table.LogicalName) == id) return table;
        }

        return null;
    }
}
