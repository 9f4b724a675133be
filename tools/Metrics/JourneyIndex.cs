using System;
using System.Collections.Generic;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// Numbers journeys 0, 1, 2… by their id. Dataverse ids are GUIDs: they are keyed as <see cref="Guid"/> (16 bytes,
    /// a cheap hash, no string kept) — several times faster than string keys over a million journeys. Any other id
    /// falls back to an ordinal string key.
    /// </summary>
    internal sealed class JourneyIndex
    {
        private readonly Dictionary<Guid, int> byGuid = new();
        private readonly Dictionary<string, int> byText = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> byTextSpan;

        public JourneyIndex() => byTextSpan = byText.GetAlternateLookup<ReadOnlySpan<char>>();

        public int Count { get; private set; }

        public bool TryFind(ReadOnlySpan<char> id, out int index) =>
            Guid.TryParse(id, out var guid) ? byGuid.TryGetValue(guid, out index) : byTextSpan.TryGetValue(id, out index);

        /// <summary>Adds an id not yet known (see <see cref="TryFind"/>) and returns its number.</summary>
        public int Add(ReadOnlySpan<char> id)
        {
            if (Guid.TryParse(id, out var guid))
            {
                byGuid.Add(guid, Count);
            }
            else
            {
                byText.Add(id.ToString(), Count);
            }

            return Count++;
        }
    }
}
