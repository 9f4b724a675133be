namespace DataverseFunnel.Demo
{
    /// <summary>What happened to one planned action; <paramref name="Rewritten"/> is the text as stored when the vocabulary guard rewrote it.</summary>
    internal sealed record ActionOutcome(PlannedAction Action, bool Refused, bool RefusalExpected, string? Message, string? Rewritten = null);
}
