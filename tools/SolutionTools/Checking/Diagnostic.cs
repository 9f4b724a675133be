namespace DataverseFunnel.SolutionTools.Checking
{
    /// <summary>One finding: which file, where in it, which rule, what is wrong and what to do about it.</summary>
    public sealed record Diagnostic(string File, string Location, string Rule, string Message, string Fix)
    {
        /// <summary>The rule's severity, as <see cref="RuleCatalog"/> declares it.</summary>
        public Severity Severity => RuleCatalog.Get(Rule).Severity;

        public override string ToString() =>
            Location.Length == 0 ? $"{File}: {Rule}: {Message} Fix: {Fix}" : $"{File}: {Location}: {Rule}: {Message} Fix: {Fix}";
    }
}
