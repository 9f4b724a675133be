using System.Globalization;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Localization;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Rules
{
    /// <summary>
    /// Every message a seller sees from the stage rules, in one place and in each language we ship (English, French):
    /// customer-centric words (commit, trade, grow, off-board), plain text, and always what to do instead.
    /// </summary>
    internal static class BowtieMessages
    {
        private static string L(BowtieStage stage) => BowtieModel.Stage(stage).Label;

        private static string F(BowtieStage stage) => FrenchLabels.Stage(stage);

        private static string AllStages => Words.List(BowtieModel.Stages.Select(s => s.Label).ToList(), "or");

        private static string AllStagesFr => FrenchLabels.Stages(BowtieModel.Stages.Select(s => s.Stage), "ou");

        private static SellerText T(string english, string french) => new SellerText(english, french);

        public static SellerText UnknownStage(int value) => T(
            "The stage value " + N(value) + " is not a bowtie stage. Choose one of " + AllStages + ".",
            "La valeur d'étape " + N(value) + " n'est pas une étape du nœud papillon. Choisissez " + AllStagesFr + ".");

        public static SellerText StageCleared() => T(
            "A revenue journey always has a stage, so it can't be left empty. If the journey is leaving the bowtie, " +
            "set its status to Off-boarded (a customer who leaves) or Not a fit (a prospect), with a reason in Move reason.",
            "Un parcours de revenu a toujours une étape : elle ne peut pas rester vide. Si le parcours quitte le nœud papillon, " +
            "passez son statut à Parti (un client qui s'en va) ou Pas adapté (un prospect), avec un motif dans Motif du changement.");

        public static SellerText UnknownStatus(int statusCode) => T(
            "The status " + N(statusCode) + " is not a way out of the bowtie. " +
            "A journey that leaves is Off-boarded (a customer who leaves) or Not a fit (a prospect who doesn't fit); " +
            "set its status to Active to keep it in the bowtie.",
            "Le statut " + N(statusCode) + " n'est pas une sortie du nœud papillon. " +
            "Un parcours qui sort est Parti (un client qui s'en va) ou Pas adapté (un prospect qui ne convient pas) ; " +
            "passez son statut à Actif pour le garder dans le nœud papillon.");

        public static SellerText ChooseExit() => T(
            "To take a journey out of the bowtie, say why: set its status to Off-boarded (a customer who leaves) or " +
            "Not a fit (a prospect who doesn't fit), with a reason in Move reason.",
            "Pour sortir un parcours du nœud papillon, dites pourquoi : passez son statut à Parti (un client qui s'en va) ou " +
            "Pas adapté (un prospect qui ne convient pas), avec un motif dans Motif du changement.");

        public static SellerText CreateInactive() => T(
            "A new revenue journey starts active. Create it first, then set it to Off-boarded or Not a fit with a reason.",
            "Un nouveau parcours de revenu commence actif. Créez-le d'abord, puis passez-le à Parti ou Pas adapté avec un motif.");

        public static SellerText CreateLaterStageNeedsReason(BowtieStage stage) => T(
            "A new revenue journey starts at Prospect. To bring in a journey that is already at " + L(stage) +
            " (for example an import), give a reason in Move reason; " + SkippedList(stage, L, "and") + " will be recorded as skipped.",
            "Un nouveau parcours de revenu commence à Prospect. Pour reprendre un parcours déjà à l'étape " + F(stage) +
            " (par exemple un import), donnez un motif dans Motif du changement ; " + SkippedList(stage, F, "et") + " seront enregistrées comme sautées.");

        public static SellerText CreateLaterStageNotAllowed(BowtieStage stage) => T(
            "A new revenue journey starts at Prospect, and this environment doesn't bring journeys in at a later stage. " +
            "Create it at Prospect, then move it forward to " + L(stage) + " one stage at a time.",
            "Un nouveau parcours de revenu commence à Prospect, et cet environnement ne reprend pas de parcours à une étape ultérieure. " +
            "Créez-le à Prospect, puis avancez-le jusqu'à " + F(stage) + " une étape à la fois.");

        public static SellerText ExitCriteriaNotMet(ProcessInfo process, ExitCriterion criterion) => T(
            "To move from " + L(process.From) + " to " + L(process.To) + ", the " + process.Name + " process needs " +
            criterion.Describe() + ". Mark " + (criterion.RequiresAll || criterion.Tasks.Count == 1 ? "it" : "one of them") +
            " done, then move the journey.",
            "Pour passer de " + F(process.From) + " à " + F(process.To) + ", le processus " + FrenchLabels.Process(process.Name) +
            " demande " + FrenchLabels.Criterion(criterion) + ". Marquez" +
            (criterion.RequiresAll && criterion.Tasks.Count > 1 ? "-les faites" : criterion.Tasks.Count == 1 ? "-la faite" : "-en une faite") +
            ", puis déplacez le parcours.");

        public static SellerText SkipBlocked(BowtieStage from, BowtieStage to) => T(
            "A journey moves one stage at a time: from " + L(from) + " the next stage is " + L(BowtieModel.Next(from)!.Value) +
            ", so moving to " + L(to) + " would skip " + SkippedBetween(from, to, L, "and") + ". Move it to " +
            L(BowtieModel.Next(from)!.Value) + " first.",
            "Un parcours avance d'une étape à la fois : après " + F(from) + " vient " + F(BowtieModel.Next(from)!.Value) +
            ", donc passer à " + F(to) + " sauterait " + SkippedBetween(from, to, F, "et") + ". Passez d'abord à " +
            F(BowtieModel.Next(from)!.Value) + ".");

        public static SellerText SkipNeedsReason(BowtieStage from, BowtieStage to) => T(
            "Moving from " + L(from) + " to " + L(to) + " skips " + SkippedBetween(from, to, L, "and") +
            ". To skip, give a reason in Move reason, or move one stage at a time.",
            "Passer de " + F(from) + " à " + F(to) + " saute " + SkippedBetween(from, to, F, "et") +
            ". Pour sauter, donnez un motif dans Motif du changement, ou avancez d'une étape à la fois.");

        public static SellerText CommittedStaysCommitted(BowtieStage from, BowtieStage to) => T(
            "A customer who committed stays committed: a journey at " + L(from) + " can't go back to " + L(to) +
            ". If the customer is leaving, off-board them: set the status to Off-boarded with a reason in Move reason.",
            "Un client engagé reste engagé : un parcours à l'étape " + F(from) + " ne peut pas revenir à " + F(to) +
            ". Si le client s'en va, passez le statut à Parti avec un motif dans Motif du changement.");

        public static SellerText BackBlocked(BowtieStage from, BowtieStage to) => T(
            "A journey doesn't go back from " + L(from) + " to " + L(to) +
            ". To nurture it again, recycle it to Prospect with a reason in Move reason; if it isn't going ahead, mark it Not a fit.",
            "Un parcours ne revient pas de " + F(from) + " à " + F(to) +
            ". Pour le faire mûrir à nouveau, renvoyez-le à Prospect avec un motif dans Motif du changement ; s'il ne va pas plus loin, marquez-le Pas adapté.");

        public static SellerText RecycleNeedsReason(BowtieStage from) => T(
            "To recycle this " + L(from) + " back to Prospect for nurture, give a reason in Move reason.",
            "Pour renvoyer ce " + F(from) + " à Prospect afin de le faire mûrir, donnez un motif dans Motif du changement.");

        public static SellerText RecycleNotAllowed(BowtieStage from) => T(
            "This environment doesn't recycle journeys back to Prospect, so this " + L(from) +
            " stays where it is. If it isn't going ahead, mark it Not a fit with a reason in Move reason.",
            "Cet environnement ne renvoie pas les parcours à Prospect : ce " + F(from) +
            " reste où il est. S'il ne va pas plus loin, marquez-le Pas adapté avec un motif dans Motif du changement.");

        public static SellerText ExitNeedsReason(BowtieExit exit) =>
            exit == BowtieExit.OffBoarded
                ? T("To off-board this customer, give a reason in Move reason: it tells the team what to learn from it.",
                    "Pour le départ de ce client, donnez un motif dans Motif du changement : il dit à l'équipe quoi en apprendre.")
                : T("To mark this journey Not a fit, give a reason in Move reason: it tells marketing what to change.",
                    "Pour marquer ce parcours Pas adapté, donnez un motif dans Motif du changement : il dit au marketing quoi changer.");

        public static SellerText ExitNotForStage(BowtieExit exit, BowtieStage stage) =>
            exit == BowtieExit.OffBoarded
                ? T("Off-boarded is for a customer who committed and leaves; this journey is at " + L(stage) +
                    " and hasn't committed. If it isn't going ahead, mark it Not a fit with a reason in Move reason.",
                    "Parti est pour un client engagé qui s'en va ; ce parcours est à l'étape " + F(stage) +
                    " et ne s'est pas engagé. S'il ne va pas plus loin, marquez-le Pas adapté avec un motif dans Motif du changement.")
                : T("Not a fit is for a prospect before they commit; this journey is at " + L(stage) +
                    ", so the customer committed. If the customer is leaving, off-board them: set the status to Off-boarded with a reason.",
                    "Pas adapté est pour un prospect avant son engagement ; ce parcours est à l'étape " + F(stage) +
                    ", le client s'est donc engagé. Si le client s'en va, passez le statut à Parti avec un motif.");

        public static SellerText ExitAndMoveTogether() => T(
            "Take one step at a time: save the stage move first, then set the journey to Off-boarded or Not a fit.",
            "Une chose à la fois : enregistrez d'abord le changement d'étape, puis passez le parcours à Parti ou Pas adapté.");

        public static SellerText Frozen(BowtieExit exit) => T(
            "This journey is " + BowtieModel.Exit(exit).Label + ", so its stage is frozen. Reactivate it first " +
            "(set its status back to Active), then move it.",
            "Ce parcours est " + FrenchLabels.Exit(exit) + " : son étape est figée. Réactivez-le d'abord " +
            "(repassez son statut à Actif), puis déplacez-le.");

        public static SellerText ReactivateAtSameStage(BowtieStage stage) => T(
            "A journey comes back at the stage it left (" + L(stage) + "). Reactivate it first, then move it in a separate save.",
            "Un parcours revient à l'étape qu'il a quittée (" + F(stage) + "). Réactivez-le d'abord, puis déplacez-le dans un autre enregistrement.");

        public static SellerText ReactivationNeedsReason() => T(
            "To reactivate this journey, give a reason in Move reason.",
            "Pour réactiver ce parcours, donnez un motif dans Motif du changement.");

        public static SellerText ReasonTooLong(int length) => T(
            "The move reason is " + length.ToString("N0", CultureInfo.InvariantCulture) + " characters long; keep it to " +
            Schema.JourneyColumns.MoveReasonMaxLength.ToString("N0", CultureInfo.InvariantCulture) +
            " characters or fewer, a sentence or two on why.",
            "Le motif du changement fait " + length.ToString("N0", CultureInfo.InvariantCulture) + " caractères ; gardez-en " +
            Schema.JourneyColumns.MoveReasonMaxLength.ToString("N0", CultureInfo.InvariantCulture) +
            " au plus, une phrase ou deux sur le pourquoi.");

        private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string SkippedBetween(BowtieStage from, BowtieStage to, System.Func<BowtieStage, string> label, string conjunction) =>
            Words.List(BowtieModel.Between(from, to).Select(s => label(s.Stage)).ToList(), conjunction);

        private static string SkippedList(BowtieStage stage, System.Func<BowtieStage, string> label, string conjunction) =>
            Words.List(BowtieModel.Stages.Where(s => s.Position < BowtieModel.Position(stage)).Select(s => label(s.Stage)).ToList(), conjunction);

        public static SellerText LtvTyped() => T(
            "LTV is computed by the bowtie from MRR over time (MRR × months held from Live on), so it can't be typed. " +
            "Change MRR instead; LTV follows.",
            "La LTV est calculée par le nœud papillon à partir du MRR dans le temps (MRR × mois détenus depuis En service), elle ne peut donc pas être saisie. " +
            "Modifiez plutôt le MRR ; la LTV suit.");

        public static SellerText OpeningLtvBeforeLive(BowtieStage stage) => T(
            "A journey that starts at " + L(stage) + " has earned no recurring revenue yet, so it can't start with an LTV. " +
            "An opening LTV is only for a customer brought in at Live or later (an import); otherwise leave LTV empty.",
            "Un parcours qui commence à l'étape " + F(stage) + " n'a encore généré aucun revenu récurrent : il ne peut pas commencer avec une LTV. " +
            "Une LTV d'ouverture est réservée à un client importé à l'étape En service ou au-delà ; sinon, laissez la LTV vide.");
    }
}
