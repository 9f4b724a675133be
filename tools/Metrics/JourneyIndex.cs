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

        /// <param name="id">The id as written; <paramref name="key"/> is <see cref="JourneyKey.Of"/> it.</param>
        public bool TryFind(ReadOnlySpan<char> id, in JourneyKey key, out int index) =>
            key.IsGuid ? byGuid.TryGetValue(key.Guid, out index) : byTextSpan.TryGetValue(id, out index);

        /// <summary>Adds an id not yet known (see <see cref="TryFind"/>) and returns its number.</summary>
        public int Add(ReadOnlySpan<char> id, in JourneyKey key)
        {
            if (key.IsGuid)
            {
                byGuid.Add(key.Guid, Count);
            }
            else
            {
                byText.Add(id.ToString(), Count);
            }

            return Count++;
        }
    }
}
