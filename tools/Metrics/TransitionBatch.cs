using System;
using System.Runtime.ExceptionServices;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// A run of parsed CSV rows handed from the reader's parsing thread to the engine's thread. Rows are compact structs;
    /// their texts (journey id, motion, campaign) sit in one char buffer. Batches are reused, so memory stays flat.
    /// </summary>
    internal sealed class TransitionBatch
    {
        public const int Capacity = 8192;

        public readonly ParsedTransition[] Rows = new ParsedTransition[Capacity];

        public int Count;

        /// <summary>What stopped the parsing after these rows (thrown once they are fed), or null.</summary>
        public ExceptionDispatchInfo? Failure;

        private char[] text = new char[Capacity * 64];
        private int textLength;

        public bool IsFull => Count == Capacity;

        public void Clear() => (Count, textLength, Failure) = (0, 0, null);

        /// <summary>Copies <paramref name="value"/> into the text buffer and returns where it starts.</summary>
        public int Keep(ReadOnlySpan<char> value)
        {
            if (textLength + value.Length > text.Length)
            {
                Array.Resize(ref text, Math.Max(text.Length * 2, textLength + value.Length));
            }

            var start = textLength;
            value.CopyTo(text.AsSpan(start));
            textLength += value.Length;
            return start;
        }

        public ReadOnlySpan<char> Text(int start, int length) => text.AsSpan(start, length);
    }

    /// <summary>One CSV row, parsed: either a move's values or the <see cref="Problem"/> that rejects it.</summary>
    internal struct ParsedTransition
    {
        public int Line;
        public string? Problem;
        public JourneyKey Key;
        public int JourneyStart, JourneyLength, MotionStart, MotionLength, CampaignStart, CampaignLength;
        public int From, Target;
        public long Ticks;
        public decimal Mrr;
    }
}
