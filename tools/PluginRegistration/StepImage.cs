using System.Collections.Generic;

namespace DataverseFunnel.Registration
{
    /// <summary>An entity image registered on a step. No attributes means all columns.</summary>
    public sealed record StepImage(string Alias, StepImageKind Kind, IReadOnlyList<string> Attributes);
}
