using System;
using System.Collections.Generic;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Configuration
{
    /// <summary>
    /// The bowtie rules' settings, read from a step's unsecure configuration (JSON; see <see cref="BowtieOptionsReader"/>).
    /// Immutable: parsed once in the plugin's constructor and shared by every execution.
    /// </summary>
    internal sealed class BowtieOptions
    {
        public BowtieOptions(
            bool allowSkip,
            bool allowLaterStageOnCreate,
            bool allowRecycle,
            bool requireReasonForReactivation,
            IReadOnlyDictionary<string, ExitCriterion> exitCriteria,
            IReadOnlyCollection<Guid> historyCorrectors)
        {
            AllowSkip = allowSkip;
            AllowLaterStageOnCreate = allowLaterStageOnCreate;
            AllowRecycle = allowRecycle;
            RequireReasonForReactivation = requireReasonForReactivation;
            ExitCriteria = exitCriteria;
            HistoryCorrectors = historyCorrectors;
        }

        /// <summary>The framework's defaults: no skipping, imports at a later stage with a reason, recycling with a reason.</summary>
        public static BowtieOptions Default { get; } = new BowtieOptions(
            allowSkip: false,
            allowLaterStageOnCreate: true,
            allowRecycle: true,
            requireReasonForReactivation: false,
            exitCriteria: BowtieModel.DefaultExitCriteria,
            historyCorrectors: new Guid[0]);

        /// <summary><c>allowSkip</c> (default false): a move over more than one stage is allowed, with a reason.</summary>
        public bool AllowSkip { get; }

        /// <summary><c>allowLaterStageOnCreate</c> (default true): a new journey may start past Prospect (an import), with a reason.</summary>
        public bool AllowLaterStageOnCreate { get; }

        /// <summary><c>allowRecycle</c> (default true): an MQL or SQL may go back to Prospect for nurture, with a reason.</summary>
        public bool AllowRecycle { get; }

        /// <summary><c>requireReasonForReactivation</c> (default false): bringing back an exited journey needs a reason.</summary>
        public bool RequireReasonForReactivation { get; }

        /// <summary><c>exitCriteria</c>: per process name, what must be done before a journey leaves it.</summary>
        public IReadOnlyDictionary<string, ExitCriterion> ExitCriteria { get; }

        /// <summary><c>historyCorrectors</c> (default none): ids of the system administrators who may correct stage history.</summary>
        public IReadOnlyCollection<Guid> HistoryCorrectors { get; }

        public ExitCriterion CriterionFor(ProcessInfo process) =>
            ExitCriteria.TryGetValue(process.Name, out var criterion) ? criterion : ExitCriterion.None;
    }
}
