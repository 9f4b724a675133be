using System;
using System.Collections.Generic;

namespace DataverseFunnel.Demo
{
    /// <summary>The whole demo, planned up front from a seed: who is created when, and every action in time order.</summary>
    internal sealed record DemoScenario(
        DateTime Start,
        DateTime Now,
        IReadOnlyList<string> Accounts,
        IReadOnlyList<JourneySeed> Journeys,
        IReadOnlyList<PlannedAction> Actions);
}
