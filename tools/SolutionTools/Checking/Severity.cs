namespace DataverseFunnel.SolutionTools.Checking
{
    /// <summary>How much a finding matters: only errors fail a check; warnings fail it under --strict; info never does.</summary>
    public enum Severity
    {
        /// <summary>Import will fail, or the solution will misbehave once imported.</summary>
        Error,

        /// <summary>Legal, but risky or against the publisher's conventions.</summary>
        Warning,

        /// <summary>Worth knowing; nothing to fix (e.g. a reference only import can check).</summary>
        Info,
    }
}
