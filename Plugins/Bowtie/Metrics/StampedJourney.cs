using System;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// A journey's progress read from its first-entered date columns (bowtie_prospecton … bowtie_ltvon) instead of its
    /// moves. The rules stamp a stage once, when it is first entered, and record a skip (or a creation at a later stage)
    /// as one-step rows all at the same instant, stamping every stage passed with that instant. So, as the streaming
    /// engine sees the same moves: a stage whose stamp equals the next stage's was passed through (reached, never
    /// really entered: no days); a stage was stepped into when the stage before it was really entered at an earlier
    /// instant. Stamps after the as-of limit are ignored, as the engine ignores moves after it.
    /// </summary>
    public readonly struct StampedJourney : IJourneyProgress
    {
        private readonly long[] entered;

        /// <param name="firstEntered">The stamp of each stage, Prospect to LTV (null: never entered).</param>
        /// <param name="asOfLimitTicks">The last tick counted (the end of the window's last day).</param>
        public StampedJourney(DateTime?[] firstEntered, long asOfLimitTicks)
        {
            if (firstEntered is null || firstEntered.Length != BowtieVocabulary.StageCount)
            {
                throw new ArgumentException("One first-entered date (or null) per stage, Prospect to LTV.", nameof(firstEntered));
            }

            var stamps = new long[BowtieVocabulary.StageCount];
            var furthest = -1;
            for (var stage = 0; stage < stamps.Length; stage++)
            {
                if (firstEntered[stage] is { } date && Utc(date).Ticks <= asOfLimitTicks)
                {
                    stamps[stage] = Utc(date).Ticks;
                    furthest = stage;
                }
            }

            entered = new long[BowtieVocabulary.StageCount];
            var stepped = 0;
            for (var stage = 0; stage < stamps.Length; stage++)
            {
                var passedThrough = stamps[stage] != 0 && stage + 1 < stamps.Length && stamps[stage] == stamps[stage + 1];
                entered[stage] = passedThrough ? 0 : stamps[stage];
                if (!passedThrough && stage > 0 && stamps[stage] != 0 && stamps[stage - 1] != 0 && stamps[stage - 1] != stamps[stage])
                {
                    stepped |= 1 << stage;
                }
            }

            Furthest = furthest;
            SteppedInto = stepped;
        }

        public int Furthest { get; }

        public int SteppedInto { get; }

        public long FirstEntered(int stage) => entered[stage];

        private static DateTime Utc(DateTime date) => date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date;
    }
}
