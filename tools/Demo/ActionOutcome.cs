namespace DataverseFunnel.Demo
{
    /// <summary>What happened to one planned action.</summary>
    internal sealed record ActionOutcome(PlannedAction Action, bool Refused, bool RefusalExpected, string? Message);
}
