using System;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// A journey id as <see cref="JourneyIndex"/> keys it: the parsed <see cref="Guid"/> when the id is one, else the
    /// text itself. Parsed once per row, on the CSV reader's parsing thread, so the engine's thread only looks it up.
    /// </summary>
    internal readonly struct JourneyKey
    {
        public readonly Guid Guid;
        public readonly bool IsGuid;

        private JourneyKey(Guid guid) => (Guid, IsGuid) = (guid, true);

        public static JourneyKey Of(ReadOnlySpan<char> id) => Guid.TryParse(id, out var guid) ? new JourneyKey(guid) : default;
    }
}
