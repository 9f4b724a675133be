using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;

namespace DataverseFunnel.InMemory.Query;

/// <summary>The joined, filtered rows of a query with the table and link aliases they were read through.</summary>
internal sealed record QuerySelection(
    TableMetadata Table,
    Dictionary<string, TableMetadata> Aliases,
    List<LinkPlan> Links,
    List<JoinedRecord> Records);
