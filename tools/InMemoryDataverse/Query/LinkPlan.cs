using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query;

/// <summary>A link-entity resolved against metadata: its alias, table and parent alias (null = the main table).</summary>
internal sealed record LinkPlan(LinkEntity Link, string Alias, TableMetadata Table, string? ParentAlias, TableMetadata ParentTable)
{
    public List<LinkPlan> Children { get; } = new();
}
