using System;

namespace DataverseFunnel.Demo
{
    /// <summary>A journey as it is created: customer, motion (Inbound 0, Outbound 1, Target 2), campaign, MRR.</summary>
    internal sealed record JourneySeed(int Index, string Name, int Account, int Motion, string Campaign, decimal Mrr, DateTime CreatedOn);
}
