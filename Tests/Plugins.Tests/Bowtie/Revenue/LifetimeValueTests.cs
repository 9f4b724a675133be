using System;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Revenue;

namespace DataverseFunnel.Plugins.Tests.Bowtie.Revenue
{
    /// <summary>The one definition of LTV: recurring MRR × calendar months held, a part month pro rata by its length.</summary>
    public class LifetimeValueTests
    {
        private static readonly DateTime Jan15 = new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc);

        [Theory]
        [InlineData(2026, 3, 15, 2.0)]          // two whole months
        [InlineData(2026, 1, 30, 15.0 / 31)]    // half of January (31 days)
        [InlineData(2026, 2, 22, 1 + 7.0 / 28)] // a month, then 7 of February's 28 days (Feb 15 → Mar 15)
        [InlineData(2026, 1, 15, 0.0)]
        [InlineData(2025, 12, 1, 0.0)]          // not after: nothing
        public void Months_CalendarMonthsWithPartMonthProRata(int year, int month, int day, double expected)
        {
            var months = LifetimeValue.Months(Jan15, new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc));

            Assert.Equal(expected, (double)months, 10);
        }

        [Theory]
        [InlineData(BowtieStage.Commit, true, 0)]
        [InlineData(BowtieStage.Live, true, 1000)]
        [InlineData(BowtieStage.Ltv, true, 1000)]
        [InlineData(BowtieStage.Recurring, false, 0)] // left the bowtie: nothing recurs
        public void RecurringMrr_CountsFromLiveWhileActive(BowtieStage stage, bool active, int expected)
        {
            Assert.Equal(expected, LifetimeValue.RecurringMrr(stage, active, 1000m));
            Assert.Equal(0m, LifetimeValue.RecurringMrr(stage, active, null));
        }

        [Fact]
        public void After_RecurringMrrUnchanged_LeavesLtvAsItWas()
        {
            Assert.Null(LifetimeValue.After(1000m, 1000m, 5000m, Jan15, Jan15.AddMonths(3)));
        }

        [Fact]
        public void After_MrrGrowsAfterTwoMonths_AddsWhatTheOldMrrEarned()
        {
            Assert.Equal(7000m, LifetimeValue.After(1000m, 1500m, 5000m, Jan15, Jan15.AddMonths(2)));
        }

        [Fact]
        public void After_GoingLive_StartsTheClockWithoutEarning()
        {
            Assert.Equal(0m, LifetimeValue.After(0m, 1000m, null, null, Jan15));
        }

        [Fact]
        public void After_RoundsToCents()
        {
            // 100 × 15/31 = 48.387…
            Assert.Equal(48.39m, LifetimeValue.After(100m, 0m, 0m, Jan15, Jan15.AddDays(15)));
        }

        [Fact]
        public void ToDate_AddsTheCurrentMrrSinceTheAsOfDate()
        {
            Assert.Equal(8000m, LifetimeValue.ToDate(5000m, Jan15, 1000m, Jan15.AddMonths(3)));
            Assert.Equal(5000m, LifetimeValue.ToDate(5000m, null, 1000m, Jan15.AddMonths(3)));
        }
    }
}
