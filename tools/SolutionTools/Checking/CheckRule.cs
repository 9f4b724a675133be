namespace DataverseFunnel.SolutionTools.Checking
{
    /// <summary>One rule of <c>funnel check</c>: its id, its severity and what it checks, declared once in <see cref="RuleCatalog"/>.</summary>
    public sealed record CheckRule(string Id, Severity Severity, string Summary);
}
