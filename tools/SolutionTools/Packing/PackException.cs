using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>Thrown when a folder cannot be packed; carries every problem found, not just the first.</summary>
    public class PackException : Exception
    {
        public PackException(IReadOnlyList<PackProblem> problems)
            : base(string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
        {
            Problems = problems;
        }

        protected PackException(IReadOnlyList<PackProblem> problems, string message)
            : base(message)
        {
            Problems = problems;
        }

        public IReadOnlyList<PackProblem> Problems { get; }
    }
}
