using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Localization
{
    /// <summary>
    /// The French names of the bowtie's stages, processes, tasks, exits and guarded columns: the same words as the
    /// solution's French (1036) labels, so a message names what the seller sees on the form.
    /// </summary>
    public static class FrenchLabels
    {
        public static string Stage(BowtieStage stage)
        {
            switch (stage)
            {
                case BowtieStage.Prospect: return "Prospect";
                case BowtieStage.Mql: return "MQL";
                case BowtieStage.Sql: return "SQL";
                case BowtieStage.Commit: return "Engagement";
                case BowtieStage.Live: return "En service";
                case BowtieStage.Recurring: return "Récurrent (MRR/ARR)";
                default: return "Valeur vie client (LTV)";
            }
        }

        public static string Process(string englishName)
        {
            switch (englishName)
            {
                case "Marketing": return "Marketing";
                case "Prospecting": return "Prospection";
                case "Selling": return "Vente";
                case "Onboarding": return "Intégration";
                case "Achieve impact": return "Créer de l'impact";
                case "Grow": return "Croissance";
                default: return englishName;
            }
        }

        public static string Task(BowtieTask task)
        {
            switch (task)
            {
                case BowtieTask.Seo: return "SEO";
                case BowtieTask.Content: return "Contenu";
                case BowtieTask.Nurture: return "Maturation";
                case BowtieTask.Outbound: return "Sortant";
                case BowtieTask.Inbound: return "Entrant";
                case BowtieTask.Target: return "Ciblé";
                case BowtieTask.Discovery: return "Découverte";
                case BowtieTask.Demo: return "Démo";
                case BowtieTask.Propose: return "Proposition";
                case BowtieTask.Trade: return "Échange";
                case BowtieTask.PreBoarding: return "Pré-intégration";
                case BowtieTask.Onboarding: return "Intégration";
                case BowtieTask.Usage: return "Usage";
                case BowtieTask.GetWell: return "Redressement";
                case BowtieTask.OffBoard: return "Départ";
                case BowtieTask.Renew: return "Renouvellement";
                case BowtieTask.Upsell: return "Montée en gamme";
                default: return "Vente croisée";
            }
        }

        public static string Exit(BowtieExit exit) => exit == BowtieExit.OffBoarded ? "Parti" : "Pas adapté";

        /// <summary>The guarded text columns' French labels (<see cref="Vocabulary.VocabularyColumns.Label"/> in English).</summary>
        public static string Column(string column)
        {
            switch (column)
            {
                case "bowtie_name": return "Nom";
                case "bowtie_description": return "Description";
                case "bowtie_movereason": return "Motif du changement";
                case "bowtie_campaign": return "Campagne";
                case "bowtie_reason": return "Motif";
                default: return column;
            }
        }

        /// <summary>"la tâche Échange faite", "l'une des tâches Sortant, Entrant ou Ciblé faite".</summary>
        public static string Criterion(ExitCriterion criterion)
        {
            var labels = criterion.Tasks.Select(Task).ToList();
            if (labels.Count == 1)
            {
                return "la tâche " + labels[0] + " faite";
            }

            return (criterion.RequiresAll ? "les tâches " : "l'une des tâches ") + Words.List(labels, criterion.RequiresAll ? "et" : "ou") +
                   (criterion.RequiresAll ? " faites" : " faite");
        }

        public static string Stages(IEnumerable<BowtieStage> stages, string conjunction) => Words.List(stages.Select(Stage).ToList(), conjunction);
    }
}
