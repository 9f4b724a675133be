using System;

namespace DataverseFunnel.Metrics
{
    /// <summary>A move the engine cannot count without giving a wrong number; names the line so it can be fixed.</summary>
    public sealed class MetricsInputException : Exception
    {
        public MetricsInputException(int line, string problem)
            : base(line > 0 ? $"line {line}: {problem}" : problem)
        {
            Line = line;
            Problem = problem;
        }

        /// <summary>The line of the export (the header is line 1), or 0 for moves that did not come from a file.</summary>
        public int Line { get; }

        /// <summary>What is wrong, without the line prefix.</summary>
        public string Problem { get; }
    }
}
