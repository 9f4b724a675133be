using System;
using System.Collections.Generic;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// Interns motion and campaign names to small ints, looked up from a span so a streamed row allocates nothing
    /// for a name seen before. Id 0 means "none".
    /// </summary>
    internal sealed class LabelTable
    {
        /// <summary>How journeys without a motion or campaign are shown in breakdowns.</summary>
        public const string NoneLabel = BowtieVocabulary.NoGroup;

        private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
        private readonly List<string> names = new() { NoneLabel };

        public LabelTable() => lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();

        public int Intern(ReadOnlySpan<char> name)
        {
            name = name.Trim();
            if (name.IsEmpty)
            {
                return 0;
            }

            if (lookup.TryGetValue(name, out var id))
            {
                return id;
            }

            var text = name.ToString();
            id = names.Count;
            ids.Add(text, id);
            names.Add(text);
            return id;
        }

        public string NameOf(int id) => names[id];

        public int Count => names.Count;
    }
}
