using System;
using System.Collections.Generic;

namespace DataverseFunnel.InMemory.Store;

/// <summary>A point-in-time copy of the store, restorable with <c>InMemoryOrganization.Restore</c>.</summary>
public sealed class StoreSnapshot
{
    internal StoreSnapshot(IReadOnlyDictionary<string, Dictionary<Guid, StoredRow>> tables) => Tables = tables;

    internal IReadOnlyDictionary<string, Dictionary<Guid, StoredRow>> Tables { get; }
}
