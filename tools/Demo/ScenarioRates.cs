using System.Collections.Generic;

namespace DataverseFunnel.Demo
{
    /// <summary>
    /// The demo's assumptions: how likely each move is, by motion and campaign, and how long each stage takes.
    /// Chosen so the poster has a visible weak link (outbound prospecting) and a healthy right side.
    /// </summary>
    internal static class ScenarioRates
    {
        public static readonly IReadOnlyList<(string Name, int Motion, double Weight, double ToMql)> Campaigns = new[]
        {
            ("SEO: pricing guide", 0, 0.20, 0.38),
            ("Webinar: revenue architecture", 0, 0.15, 0.46),
            ("Partner referral", 0, 0.10, 0.55),
            ("Outbound: cold sequence", 1, 0.25, 0.30),
            ("Outbound: event follow-up", 1, 0.15, 0.34),
            ("ABM: enterprise targets", 2, 0.15, 0.52),
        };

        /// <summary>MQL → SQL by motion (Inbound, Outbound, Target): outbound is the gap on purpose.</summary>
        public static readonly double[] ToSql = { 0.25, 0.07, 0.27 };

        /// <summary>SQL → Commit by motion.</summary>
        public static readonly double[] ToCommit = { 0.32, 0.26, 0.42 };

        public const double ToLive = 0.93;
        public const double GetWell = 0.18;
        public const double RecoverFromGetWell = 0.75;
        public const double ToRecurring = 0.92;
        public const double ToLtv = 0.62;
        public const double NotAFitAtSql = 0.12;
        public const double Recycle = 0.06;
        public const double AttemptSkip = 0.03;
        public const double AttemptCommitWithoutTrade = 0.08;
        public const double AttemptBackFromCommit = 0.10;
        public const double ViaProcessFlow = 0.25;
        public const double DescriptionWithBannedWord = 0.07;

        /// <summary>Typical days in each stage before the next move (min, max), Prospect … Recurring.</summary>
        public static readonly (int Min, int Max)[] DaysInStage = { (5, 40), (3, 25), (14, 70), (7, 30), (30, 90), (60, 120) };

        /// <summary>Share of journeys that are existing customers imported at Live or Recurring before the window opens.</summary>
        public const double ImportedCustomers = 0.10;

        /// <summary>What existing customers do during the window: get well, then leave or not; shrink; grow; renew.</summary>
        public const double ImportedGetWell = 0.22;
        public const double ImportedOffBoardAfterGetWell = 0.35;
        public const double ImportedContraction = 0.12;
        public const double ImportedGrowth = 0.35;

        /// <summary>Journeys are created over this many days; the demo then runs on until "now" so most of them mature.</summary>
        public const int CreationDays = 270;
        public const int WindowDays = 540;

        /// <summary>MRR range by motion.</summary>
        public static readonly (int Min, int Max)[] Mrr = { (300, 1500), (500, 2500), (2000, 8000) };
    }
}
