using System;
using System.Collections.Generic;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// Puts moves saved in one instant back in the order the bowtie recorded them. One save can write several history
    /// rows with the same movedon (a skip writes one per stage passed, a creation past Prospect its skipped stages too),
    /// and nothing the platform returns orders them: Dataverse's ids are not sequential, nor are a served org's. The
    /// metrics read each journey's moves as a chain, so within an instant each journey's moves are grouped and ordered
    /// creation first, then by the stage left (skips only go forward), an exit last; moves at different instants and
    /// different journeys keep their order. Feed moves in time order; memory holds one instant's moves.
    /// </summary>
    public sealed class SameInstantOrder
    {
        private readonly List<StageMove> _instant = new();
        private readonly Action<StageMove> _write;

        public SameInstantOrder(Action<StageMove> write) => _write = write;

        /// <summary>Moves in time order, with each instant's moves in recording order.</summary>
        public static IReadOnlyList<StageMove> Apply(IEnumerable<StageMove> timeOrdered)
        {
            var ordered = new List<StageMove>();
            var order = new SameInstantOrder(ordered.Add);
            foreach (var move in timeOrdered)
            {
                order.Add(move);
            }

            order.Flush();
            return ordered;
        }

        /// <summary>Takes the next move (time order); writes the previous instant's moves once a later instant begins.</summary>
        public void Add(StageMove move)
        {
            if (_instant.Count > 0 && move.MovedOnUtc != _instant[0].MovedOnUtc)
            {
                Flush();
            }

            _instant.Add(move);
        }

        /// <summary>Writes the moves held (the last instant).</summary>
        public void Flush()
        {
            if (_instant.Count > 1)
            {
                Sort(_instant);
            }

            foreach (var move in _instant)
            {
                _write(move);
            }

            _instant.Clear();
        }

        /// <summary>Where a move comes in one save's rows: the creation, then the stages left in bowtie order, an exit last.</summary>
        public static int RecordingRank(StageMove move) =>
            move.To is null ? int.MaxValue : move.From is { } from ? BowtieModel.Position(from) : -1;

        private static void Sort(List<StageMove> instant)
        {
            var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
            var keyed = new (int Journey, int Rank, int Index, StageMove Move)[instant.Count];
            for (var i = 0; i < instant.Count; i++)
            {
                var move = instant[i];
                if (!firstSeen.TryGetValue(move.JourneyId, out var journey))
                {
                    journey = firstSeen.Count;
                    firstSeen.Add(move.JourneyId, journey);
                }

                keyed[i] = (journey, RecordingRank(move), i, move);
            }

            Array.Sort(keyed, (a, b) => a.Journey != b.Journey ? a.Journey.CompareTo(b.Journey)
                : a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Index.CompareTo(b.Index));
            for (var i = 0; i < keyed.Length; i++)
            {
                instant[i] = keyed[i].Move;
            }
        }
    }
}
