using System;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics.Tests
{
    public class TransitionRowTests
    {
        [Fact]
        public void ToMove_OptionValues_MapToTheContractNames()
        {
            var id = Guid.Parse("4c43d4da-56eb-4518-8184-80846ccc36fe");
            var at = new DateTime(2025, 1, 1, 9, 0, 0, DateTimeKind.Unspecified);

            var move = TransitionRow.ToMove(id, 269840001, 269840002, null, at, 269840002, "Summit", 12.5m);

            Assert.Equal(new StageMove("4c43d4da-56eb-4518-8184-80846ccc36fe", BowtieStage.Mql, BowtieStage.Sql, null,
                new DateTime(2025, 1, 1, 9, 0, 0, DateTimeKind.Utc), "Target", "Summit", 12.5m), move);
        }

        [Fact]
        public void ToMove_ExitRow_HasNoToStage()
        {
            var move = TransitionRow.ToMove(Guid.Empty, 269840004, null, 269840000, DateTime.UnixEpoch, null, " ", null);

            Assert.Equal(BowtieExit.OffBoarded, move.Exit);
            Assert.Null(move.To);
            Assert.Null(move.Campaign);
            Assert.Equal(0m, move.Mrr);
        }

        [Fact]
        public void ToMove_Reactivation_IsAMoveIntoTheStage()
        {
            // The plugin records a reactivation as from (none) → stage, with the exit it returns from.
            var move = TransitionRow.ToMove(Guid.Empty, null, 269840004, 269840000, DateTime.UnixEpoch, null, null, 900m);

            Assert.Equal(BowtieStage.Live, move.To);
            Assert.Null(move.Exit);
        }

        [Theory]
        [InlineData(269840005, false)]
        [InlineData(269840000, true)]
        [InlineData(null, true)]
        public void IsMove_CorrectionRows_AreNotMoves(int? kind, bool expected)
        {
            Assert.Equal(expected, TransitionRow.IsMove(kind));
        }

        [Theory]
        [InlineData(269840007)]
        [InlineData(0)]
        public void Stage_OutsideTheChoice_Throws(int value)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => TransitionRow.Stage(value));
        }
    }
}
