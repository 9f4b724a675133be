using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Metadata;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>
/// RetrieveAllEntities: the metadata of every table of the org, in logical-name order, with the Timestamp of the
/// retrieval (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieveallentitiesresponse).
/// </summary>
internal sealed class RetrieveAllEntitiesHandler : IMessageHandler
{
    public string MessageName => "RetrieveAllEntities";

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var filters = MetadataRequests.Filters(request);
        var tables = new List<TableMetadata>(context.Metadata.Tables);
        tables.Sort((a, b) => string.CompareOrdinal(a.LogicalName, b.LogicalName));
        var entities = new EntityMetadata[tables.Count];
        for (var i = 0; i < tables.Count; i++) entities[i] = EntityMetadataFactory.Create(context.Metadata, tables[i], filters);

        var response = new RetrieveAllEntitiesResponse { ResponseName = MessageName };
        response.Results["EntityMetadata"] = entities;
        response.Results["Timestamp"] = EntityMetadataFactory.Timestamp(context.Core.UtcNow);
        return response;
    }
}
