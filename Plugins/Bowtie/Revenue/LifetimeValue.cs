using System;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Revenue
{
    /// <summary>
    /// The one definition of lifetime value, shared by the plugins (a journey's LTV column) and the metrics (LTV to
    /// date over all journeys): LTV = Σ recurring MRR × months it was held, where MRR is recurring while the journey is
    /// in the bowtie at Live or later, and months are calendar months with a part month pro rata by its length.
    /// Plain C#, no SDK types, stateless.
    /// </summary>
    public static class LifetimeValue
    {
        /// <summary>The first stage whose MRR counts as recurring.</summary>
        public const BowtieStage FirstRecurringStage = BowtieStage.Live;

        /// <summary>The MRR that counts towards LTV: zero before Live, once the journey left the bowtie, or with no MRR.</summary>
        public static decimal RecurringMrr(BowtieStage? stage, bool active, decimal? mrr) =>
            active && stage.HasValue && BowtieModel.Position(stage.Value) >= BowtieModel.Position(FirstRecurringStage) && mrr.HasValue && mrr.Value > 0m
                ? mrr.Value
                : 0m;

        /// <summary>What <paramref name="recurringMrr"/> held from <paramref name="from"/> to <paramref name="to"/> adds to LTV.</summary>
        public static decimal Accrue(decimal recurringMrr, DateTime from, DateTime to) => recurringMrr == 0m ? 0m : recurringMrr * Months(from, to);

        /// <summary>
        /// A journey's LTV after a save that changes its recurring MRR from <paramref name="recurringBefore"/> to
        /// <paramref name="recurringAfter"/> at <paramref name="now"/>: the stored <paramref name="ltv"/> plus what the old
        /// MRR earned since <paramref name="asOf"/>, rounded to the column's cents. Null when the recurring MRR does not
        /// change: LTV is brought up to date exactly where the metrics accrue it (each change of recurring MRR), so the
        /// journeys' LTV and the metrics' LTV to date agree.
        /// </summary>
        public static decimal? After(decimal recurringBefore, decimal recurringAfter, decimal? ltv, DateTime? asOf, DateTime now)
        {
            if (recurringBefore == recurringAfter)
            {
                return null;
            }

            var earned = asOf.HasValue ? Accrue(recurringBefore, asOf.Value, now) : 0m;
            return Math.Round((ltv ?? 0m) + earned, 2, MidpointRounding.AwayFromZero);
        }

        /// <summary>LTV to <paramref name="now"/> of a journey whose stored LTV is as of <paramref name="asOf"/> and whose recurring MRR is unchanged since.</summary>
        public static decimal ToDate(decimal? ltv, DateTime? asOf, decimal recurringMrr, DateTime now) =>
            (ltv ?? 0m) + (asOf.HasValue ? Accrue(recurringMrr, asOf.Value, now) : 0m);

        /// <summary>Calendar months from <paramref name="from"/> to <paramref name="to"/>; the part month pro rata by its length; 0 when not after.</summary>
        public static decimal Months(DateTime from, DateTime to)
        {
            if (to <= from)
            {
                return 0m;
            }

            var whole = ((to.Year - from.Year) * 12) + to.Month - from.Month;
            if (from.AddMonths(whole) > to)
            {
                whole--;
            }

            var monthStart = from.AddMonths(whole);
            var monthLength = (from.AddMonths(whole + 1) - monthStart).Ticks;
            return whole + ((decimal)(to - monthStart).Ticks / monthLength);
        }
    }
}
