using System;

namespace DataverseFunnel.SolutionTools.Checking
{
    /// <summary>The check could not start: the input or the schemas are not there (exit code 2, not a finding).</summary>
    public sealed class CheckUsageException : Exception
    {
        public CheckUsageException(string message)
            : base(message)
        {
        }
    }
}
