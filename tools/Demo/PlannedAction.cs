using System;

namespace DataverseFunnel.Demo
{
    /// <summary>
    /// One planned action on one journey. Stage and task are indices in framework order (Prospect = 0 … LTV = 6;
    /// SEO = 0 … Cross-sell = 17); the driver maps them to choice values.
    /// </summary>
    internal sealed record PlannedAction(
        DateTime At,
        int Journey,
        int Sequence,
        PlannedActionKind Kind,
        int? Stage = null,
        int? Task = null,
        string? Text = null,
        decimal? Mrr = null,
        bool ViaProcessFlow = false);
}
