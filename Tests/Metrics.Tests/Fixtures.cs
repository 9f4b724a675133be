using System.IO;
using System.Text;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics.Tests
{
    /// <summary>Small transitions exports, every figure of which the tests compute by hand.</summary>
    internal static class Fixtures
    {
        /// <summary>
        /// Five journeys created in January 2025:
        /// J1 Inbound/Webinar walks Prospect 01-01 → MQL 01-11 → SQL 01-21 → Commit 02-10 → Live 03-12 → Recurring 04-11 (MRR 1000 from Commit).
        /// J2 Outbound/Cold: Prospect 01-01 → MQL 01-05 → SQL 01-25 → Not a fit 02-01.
        /// J3 Outbound/Cold: Prospect 01-02 → MQL 01-12 → Commit 01-22 (skips SQL) → Live 02-26 (MRR 500) → Off-boarded 04-26.
        /// J4 Inbound/Webinar: Prospect 01-03 → MQL 01-15 → Prospect 02-01 (recycle) → MQL 02-11.
        /// J5 no motion, no campaign: Prospect 01-04.
        /// </summary>
        public const string SmallBowtie = """
            journey_id,from_stage,to_stage,moved_on,motion,campaign,mrr
            J1,,Prospect,2025-01-01T00:00:00Z,Inbound,Webinar,0
            J2,,Prospect,2025-01-01T00:00:00Z,Outbound,Cold,0
            J3,,Prospect,2025-01-02T00:00:00Z,Outbound,Cold,0
            J4,,Prospect,2025-01-03T00:00:00Z,Inbound,Webinar,0
            J5,,Prospect,2025-01-04T00:00:00Z,,,0
            J2,Prospect,MQL,2025-01-05T00:00:00Z,Outbound,Cold,0
            J1,Prospect,MQL,2025-01-11T00:00:00Z,Inbound,Webinar,0
            J3,Prospect,MQL,2025-01-12T00:00:00Z,Outbound,Cold,0
            J4,Prospect,MQL,2025-01-15T00:00:00Z,Inbound,Webinar,0
            J1,MQL,SQL,2025-01-21T00:00:00Z,Inbound,Webinar,0
            J3,MQL,Commit,2025-01-22T00:00:00Z,Outbound,Cold,500
            J2,MQL,SQL,2025-01-25T00:00:00Z,Outbound,Cold,0
            J2,SQL,Not a fit,2025-02-01T00:00:00Z,Outbound,Cold,0
            J4,MQL,Prospect,2025-02-01T00:00:00Z,Inbound,Webinar,0
            J1,SQL,Commit,2025-02-10T00:00:00Z,Inbound,Webinar,1000
            J4,Prospect,MQL,2025-02-11T00:00:00Z,Inbound,Webinar,0
            J3,Commit,Live,2025-02-26T00:00:00Z,Outbound,Cold,500
            J1,Commit,Live,2025-03-12T00:00:00Z,Inbound,Webinar,1000
            J1,Live,Recurring,2025-04-11T00:00:00Z,Inbound,Webinar,1000
            J3,Live,Off-boarded,2025-04-26T00:00:00Z,Outbound,Cold,0
            """;

        /// <summary>
        /// Four customers for retention (all created at Commit, so the left side is simple):
        /// A Live 2024-01-01 MRR 100, Recurring 2024-06-01 MRR 150 (grows);
        /// B Live 2024-01-01 MRR 200, Recurring 2024-09-01 MRR 120 (contracts);
        /// C Live 2024-01-01 MRR 300, Off-boarded 2024-10-01;
        /// D created 2024-02-15, Live 2024-03-01 MRR 1000 (new after the window starts).
        /// </summary>
        public const string Retention = """
            journey_id,from_stage,to_stage,moved_on,motion,campaign,mrr
            A,,Commit,2023-12-01T00:00:00Z,Target,,100
            B,,Commit,2023-12-01T00:00:00Z,Target,,200
            C,,Commit,2023-12-01T00:00:00Z,Target,,300
            A,Commit,Live,2024-01-01T00:00:00Z,Target,,100
            B,Commit,Live,2024-01-01T00:00:00Z,Target,,200
            C,Commit,Live,2024-01-01T00:00:00Z,Target,,300
            D,,Commit,2024-02-15T00:00:00Z,Inbound,,1000
            D,Commit,Live,2024-03-01T00:00:00Z,Inbound,,1000
            A,Live,Recurring,2024-06-01T00:00:00Z,Target,,150
            B,Live,Recurring,2024-09-01T00:00:00Z,Target,,120
            C,Live,Off-boarded,2024-10-01T00:00:00Z,Target,,0
            """;

        public static BowtieMetrics Compute(string csv, MetricsOptions? options = null)
        {
            var builder = new MetricsBuilder(options);
            TransitionCsvReader.ReadInto(new StringReader(csv), builder);
            return builder.Build();
        }

        /// <summary>
        /// Prospecting (MQL → SQL) with a 25 % target and no other target, from groups of journeys: each group's
        /// <c>Mqls</c> journeys reach MQL, the first <c>Sqls</c> of them SQL, all with the group's motion and campaign.
        /// </summary>
        public static BowtieMetrics Prospecting(params (int Mqls, int Sqls, string Motion, string Campaign)[] groups)
        {
            var targets = ConversionTargets.Parse(
                """{"Marketing": null, "MQL->SQL": 0.25, "Selling": null, "Onboarding": null, "Achieve impact": null, "Grow": null}""");
            var builder = new MetricsBuilder(new MetricsOptions { Targets = targets });
            var at = new System.DateTime(2025, 1, 1, 0, 0, 0, System.DateTimeKind.Utc);
            var n = 0;
            foreach (var (mqls, sqls, motion, campaign) in groups)
            {
                for (var i = 0; i < mqls; i++, n++)
                {
                    var id = $"P{n}";
                    builder.Add(StageMove.Into(id, null, BowtieStage.Prospect, at, motion, campaign));
                    builder.Add(StageMove.Into(id, BowtieStage.Prospect, BowtieStage.Mql, at.AddDays(5), motion, campaign));
                    if (i < sqls)
                    {
                        builder.Add(StageMove.Into(id, BowtieStage.Mql, BowtieStage.Sql, at.AddDays(9), motion, campaign));
                    }
                }
            }

            return builder.Build();
        }

        /// <summary>
        /// Prospecting behind its 25 % target with campaigns: Webinar (Inbound) 100 MQL → 40 SQL, Cold (Outbound) 100 → 4,
        /// Event (Outbound) 40 → 6, Tiny (Target) 20 → 0: overall 50 / 260 = 19.2 %. Outbound and Cold are clearly below;
        /// Event might be chance; Tiny is the lowest and too small to judge.
        /// </summary>
        public static BowtieMetrics CampaignGap() => Prospecting(
            (100, 40, "Inbound", "Webinar"), (100, 4, "Outbound", "Cold"), (40, 6, "Outbound", "Event"), (20, 0, "Target", "Tiny"));

        /// <summary>The header followed by <paramref name="rows"/>, one per line.</summary>
        public static string Csv(params string[] rows)
        {
            var text = new StringBuilder(TransitionCsv.Header).Append('\n');
            foreach (var row in rows)
            {
                text.Append(row).Append('\n');
            }

            return text.ToString();
        }
    }
}
