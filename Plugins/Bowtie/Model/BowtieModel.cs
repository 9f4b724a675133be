using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseFunnel.Plugins.Bowtie.Model
{
    /// <summary>
    /// The bowtie revenue framework in one place. Read this first.
    /// <para>
    /// Seven stages in order: Prospect → MQL → SQL → Commit → Live → Recurring (MRR/ARR) → LTV. The left half
    /// (Prospect…Commit) is acquisition, Commit is the knot, the right half is recurring impact and growth.
    /// Between each pair of neighbouring stages sits a process made of tasks; a journey moves forward one stage at a
    /// time when the process's exit criteria hold. A journey leaves the bowtie as Not a fit (a prospect, before
    /// Commit) or Off-boarded (a customer, from Commit on) — a customer who committed is never un-committed.
    /// </para>
    /// Choice values are 26984 × 10000 + position, shared with the solution's global choices.
    /// </summary>
    public static class BowtieModel
    {
        /// <summary>The publisher's option-value prefix 26984, times 10000: the value of the first option of every choice.</summary>
        public const int OptionValuePrefix = 269840000;

        /// <summary>The stages in framework order.</summary>
        public static IReadOnlyList<StageInfo> Stages { get; } = new[]
        {
            new StageInfo(BowtieStage.Prospect, "Prospect", "bowtie_prospecton"),
            new StageInfo(BowtieStage.Mql, "MQL", "bowtie_mqlon"),
            new StageInfo(BowtieStage.Sql, "SQL", "bowtie_sqlon"),
            new StageInfo(BowtieStage.Commit, "Commit", "bowtie_commiton"),
            new StageInfo(BowtieStage.Live, "Live", "bowtie_liveon"),
            new StageInfo(BowtieStage.Recurring, "Recurring (MRR/ARR)", "bowtie_recurringon"),
            new StageInfo(BowtieStage.Ltv, "LTV", "bowtie_ltvon"),
        };

        /// <summary>The six processes in framework order, each with its tasks and its business-process-flow stage id.</summary>
        public static IReadOnlyList<ProcessInfo> Processes { get; } = new[]
        {
            new ProcessInfo("Marketing", BowtieStage.Prospect, BowtieStage.Mql, new[]
            {
                new TaskInfo(BowtieTask.Seo, "SEO", "bowtie_seodone"),
                new TaskInfo(BowtieTask.Content, "Content", "bowtie_contentdone"),
                new TaskInfo(BowtieTask.Nurture, "Nurture", "bowtie_nurturedone"),
            }, new Guid("e9f00644-5dac-4838-81f6-fa9805b32804")),
            new ProcessInfo("Prospecting", BowtieStage.Mql, BowtieStage.Sql, new[]
            {
                new TaskInfo(BowtieTask.Outbound, "Outbound", "bowtie_outbounddone"),
                new TaskInfo(BowtieTask.Inbound, "Inbound", "bowtie_inbounddone"),
                new TaskInfo(BowtieTask.Target, "Target", "bowtie_targetdone"),
            }, new Guid("77bf896c-5771-40bd-84fa-dbf8f0620636")),
            new ProcessInfo("Selling", BowtieStage.Sql, BowtieStage.Commit, new[]
            {
                new TaskInfo(BowtieTask.Discovery, "Discovery", "bowtie_discoverydone"),
                new TaskInfo(BowtieTask.Demo, "Demo", "bowtie_demodone"),
                new TaskInfo(BowtieTask.Propose, "Propose", "bowtie_proposedone"),
                new TaskInfo(BowtieTask.Trade, "Trade", "bowtie_tradedone"),
            }, new Guid("131021c0-35c0-417f-a1cf-ac27e4e2b92b")),
            new ProcessInfo("Onboarding", BowtieStage.Commit, BowtieStage.Live, new[]
            {
                new TaskInfo(BowtieTask.PreBoarding, "Pre-boarding", "bowtie_preboardingdone"),
                new TaskInfo(BowtieTask.Onboarding, "Onboarding", "bowtie_onboardingdone"),
            }, new Guid("571e4ee7-d537-4dcb-960d-a57b15c7da90")),
            new ProcessInfo("Achieve impact", BowtieStage.Live, BowtieStage.Recurring, new[]
            {
                new TaskInfo(BowtieTask.Usage, "Usage", "bowtie_usagedone"),
                new TaskInfo(BowtieTask.GetWell, "Get well", "bowtie_getwelldone"),
                new TaskInfo(BowtieTask.OffBoard, "Off-board", "bowtie_offboarddone"),
            }, new Guid("720dc937-37ac-414a-bae5-d595fd279944")),
            new ProcessInfo("Grow", BowtieStage.Recurring, BowtieStage.Ltv, new[]
            {
                new TaskInfo(BowtieTask.Renew, "Renew", "bowtie_renewdone"),
                new TaskInfo(BowtieTask.Upsell, "Upsell", "bowtie_upselldone"),
                new TaskInfo(BowtieTask.CrossSell, "Cross-sell", "bowtie_crossselldone"),
            }, new Guid("6215480b-2961-45a4-bf51-05cddf339b56")),
        };

        /// <summary>Every task of every process, in framework order.</summary>
        public static IReadOnlyList<TaskInfo> Tasks { get; } = Processes.SelectMany(p => p.Tasks).ToArray();

        /// <summary>The prospecting motions with their labels.</summary>
        public static IReadOnlyDictionary<ProspectingMotion, string> Motions { get; } = new Dictionary<ProspectingMotion, string>
        {
            [ProspectingMotion.Inbound] = "Inbound",
            [ProspectingMotion.Outbound] = "Outbound",
            [ProspectingMotion.Target] = "Target",
        };

        /// <summary>The two ways out of the bowtie.</summary>
        public static IReadOnlyList<ExitInfo> Exits { get; } = new[]
        {
            new ExitInfo(BowtieExit.OffBoarded, "Off-boarded", "a customer who leaves",
                new[] { BowtieStage.Commit, BowtieStage.Live, BowtieStage.Recurring, BowtieStage.Ltv }),
            new ExitInfo(BowtieExit.NotAFit, "Not a fit", "a prospect who doesn't fit",
                new[] { BowtieStage.Prospect, BowtieStage.Mql, BowtieStage.Sql }),
        };

        /// <summary>
        /// Default exit criteria per process (configurable): Marketing none; Prospecting one of Outbound, Inbound or
        /// Target; Selling Trade; Onboarding Onboarding; Achieve impact Usage; Grow one of Renew, Upsell or Cross-sell.
        /// </summary>
        public static IReadOnlyDictionary<string, ExitCriterion> DefaultExitCriteria { get; } = new Dictionary<string, ExitCriterion>
        {
            ["Marketing"] = ExitCriterion.None,
            ["Prospecting"] = ExitCriterion.AnyOf(BowtieTask.Outbound, BowtieTask.Inbound, BowtieTask.Target),
            ["Selling"] = ExitCriterion.AllOf(BowtieTask.Trade),
            ["Onboarding"] = ExitCriterion.AllOf(BowtieTask.Onboarding),
            ["Achieve impact"] = ExitCriterion.AllOf(BowtieTask.Usage),
            ["Grow"] = ExitCriterion.AnyOf(BowtieTask.Renew, BowtieTask.Upsell, BowtieTask.CrossSell),
        };

        public static StageInfo Stage(BowtieStage stage) => Stages[Position(stage)];

        public static TaskInfo Task(BowtieTask task) => Tasks[(int)task - OptionValuePrefix];

        public static ExitInfo Exit(BowtieExit exit) => Exits.First(e => e.Exit == exit);

        /// <summary>0 for Prospect … 6 for LTV.</summary>
        public static int Position(BowtieStage stage) => (int)stage - OptionValuePrefix;

        /// <summary>True when the integer is one of the seven <c>bowtie_stage</c> choice values.</summary>
        public static bool IsStage(int value) => value >= OptionValuePrefix && value < OptionValuePrefix + Stages.Count;

        public static bool IsExit(int value) => value == (int)BowtieExit.OffBoarded || value == (int)BowtieExit.NotAFit;

        /// <summary>The next stage, or null at LTV.</summary>
        public static BowtieStage? Next(BowtieStage stage) =>
            Position(stage) + 1 < Stages.Count ? Stages[Position(stage) + 1].Stage : (BowtieStage?)null;

        /// <summary>The process that moves a journey out of the stage, or null at LTV.</summary>
        public static ProcessInfo? ProcessLeaving(BowtieStage stage) => Processes.FirstOrDefault(p => p.From == stage);

        /// <summary>The process whose flow stage has this id, or null.</summary>
        public static ProcessInfo? ProcessByFlowStage(Guid flowStageId) => Processes.FirstOrDefault(p => p.FlowStageId == flowStageId);

        /// <summary>The stages strictly between two stages, in order ("SQL" between MQL and Commit).</summary>
        public static IReadOnlyList<StageInfo> Between(BowtieStage from, BowtieStage to) =>
            Stages.Where(s => s.Position > Position(from) && s.Position < Position(to)).ToArray();

        /// <summary>True from Commit on: a customer who committed stays committed.</summary>
        public static bool IsCommitted(BowtieStage stage) => Position(stage) >= Position(BowtieStage.Commit);
    }
}
