using System;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics.Tests
{
    /// <summary>
    /// Moves saved in one instant come back from a served org (or Dataverse) in id order, which is random: the order is
    /// rebuilt as the bowtie records them, so the metrics can read each journey's chain.
    /// </summary>
    public class SameInstantOrderTests
    {
        private static readonly DateTime Created = new(2025, 1, 1, 9, 0, 0, DateTimeKind.Utc);
        private static readonly DateTime Skipped = new(2025, 2, 1, 9, 0, 0, DateTimeKind.Utc);

        // J1 created, then one save skips MQL → Live (three rows at one instant); J2 created past Prospect in one save
        // (its creation and the skipped stage at one instant) and off-boarded later.
        private static readonly StageMove[] Recorded =
        {
            StageMove.Into("J1", null, BowtieStage.Prospect, Created),
            StageMove.Into("J1", BowtieStage.Prospect, BowtieStage.Mql, Created.AddDays(3)),
            StageMove.Into("J2", null, BowtieStage.Prospect, Skipped),
            StageMove.Into("J2", BowtieStage.Prospect, BowtieStage.Mql, Skipped),
            StageMove.Into("J1", BowtieStage.Mql, BowtieStage.Sql, Skipped),
            StageMove.Into("J1", BowtieStage.Sql, BowtieStage.Commit, Skipped),
            StageMove.Into("J1", BowtieStage.Commit, BowtieStage.Live, Skipped),
            StageMove.Leave("J1", BowtieStage.Live, BowtieExit.OffBoarded, Skipped),
        };

        [Fact]
        public void ShuffledWithinAnInstant_EachJourneysMovesComeBackInRecordingOrder()
        {
            var random = new Random(7);
            for (var round = 0; round < 50; round++)
            {
                // Rows of one instant in any order, as random ids give them; instants stay in time order.
                var shuffled = Recorded.GroupBy(m => m.MovedOnUtc).SelectMany(g => g.OrderBy(_ => random.Next())).ToList();

                var ordered = SameInstantOrder.Apply(shuffled);

                Assert.Equal(Recorded.Where(m => m.JourneyId == "J1"), ordered.Where(m => m.JourneyId == "J1"));
                Assert.Equal(Recorded.Where(m => m.JourneyId == "J2"), ordered.Where(m => m.JourneyId == "J2"));
                Assert.Equal(Recorded.OrderBy(m => m.MovedOnUtc).Select(m => m.MovedOnUtc), ordered.Select(m => m.MovedOnUtc));
            }
        }

        [Fact]
        public void ShuffledWithinAnInstant_TheMetricsReadTheSameAsInRecordingOrder()
        {
            var shuffled = Recorded.GroupBy(m => m.MovedOnUtc).SelectMany(g => g.Reverse()).ToList();
            Assert.Throws<MetricsInputException>(() => Build(shuffled));

            var metrics = Build(SameInstantOrder.Apply(shuffled));

            Assert.Equal(Build(Recorded).Stages.Select(s => s.Volume), metrics.Stages.Select(s => s.Volume));
            Assert.Equal(new long[] { 2, 2, 1, 1, 1, 0, 0 }, metrics.Stages.Select(s => s.Volume));
        }

        [Fact]
        public void JourneysSharingAnInstant_GroupedByFirstAppearance_OtherInstantsUntouched()
        {
            var at = Skipped;
            var input = new[]
            {
                StageMove.Into("B", BowtieStage.Sql, BowtieStage.Commit, at),
                StageMove.Into("A", null, BowtieStage.Prospect, at),
                StageMove.Into("B", BowtieStage.Mql, BowtieStage.Sql, at),
                StageMove.Into("C", null, BowtieStage.Prospect, at.AddSeconds(1)),
            };

            var ordered = SameInstantOrder.Apply(input);

            Assert.Equal(new[] { "B:Mql", "B:Sql", "A:", "C:" }, ordered.Select(m => m.JourneyId + ":" + m.From));
        }

        private static BowtieMetrics Build(System.Collections.Generic.IEnumerable<StageMove> moves)
        {
            var builder = new MetricsBuilder();
            foreach (var move in moves)
            {
                builder.Add(move);
            }

            return builder.Build();
        }
    }
}
