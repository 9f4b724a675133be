using System.Collections.Generic;

namespace DataverseFunnel.InMemory.Metadata;

/// <summary>One statecode value with the statuscode values that belong to it; the first status is the default.</summary>
public sealed record StateOption(int State, string Label, IReadOnlyList<int> Statuses);
