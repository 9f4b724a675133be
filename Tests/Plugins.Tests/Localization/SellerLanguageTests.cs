using System;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Localization;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Rules;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Tests.Vocabulary;
using Microsoft.Xrm.Sdk;
using static DataverseFunnel.Plugins.Tests.TestSupport.BowtieOrg;

namespace DataverseFunnel.Plugins.Tests.Localization
{
    /// <summary>A refusal reads in the initiating user's UI language (usersettings.uilanguageid): French for 1036, else English.</summary>
    public class SellerLanguageTests
    {
        [Fact]
        public void SkipRefused_FrenchUser_MessageInFrenchNothingSaved()
        {
            var org = Create();
            var id = org.CreateService().Create(Journey());
            var seller = FrenchSeller(org);

            var message = Refused(() => org.CreateService(seller).Update(Change(id, Stage(BowtieStage.Commit))));

            Assert.Equal("Un parcours avance d'une étape à la fois : après Prospect vient MQL, donc passer à Engagement sauterait MQL et SQL. " +
                         "Passez d'abord à MQL.", message);
            Assert.Equal(BowtieStage.Prospect, org.StageOf(id));
        }

        [Fact]
        public void SkipRefused_EnglishOrUnsetUser_MessageInEnglish()
        {
            var org = Create();
            var id = org.CreateService().Create(Journey());
            var english = Guid.NewGuid();
            org.Seed(new Entity("systemuser", english) { ["fullname"] = "Ana" }, new Entity("usersettings", english) { ["uilanguageid"] = 1033 });

            var fromEnglish = Refused(() => org.CreateService(english).Update(Change(id, Stage(BowtieStage.Commit))));
            var fromUnset = Refused(() => org.CreateService().Update(Change(id, Stage(BowtieStage.Commit))));

            Assert.StartsWith("A journey moves one stage at a time: from Prospect the next stage is MQL", fromEnglish);
            Assert.Equal(fromEnglish, fromUnset);
        }

        [Fact]
        public void ExitCriteriaRefused_FrenchUser_NamesTheFrenchProcessAndTask()
        {
            var org = Create();
            var id = org.JourneyAt(BowtieStage.Sql);
            var seller = FrenchSeller(org);

            var message = Refused(() => org.CreateService(seller).Update(Change(id, Stage(BowtieStage.Commit))));

            Assert.Equal("Pour passer de SQL à Engagement, le processus Vente demande la tâche Échange faite. Marquez-la faite, puis déplacez le parcours.", message);
        }

        [Fact]
        public void VocabularyRefused_FrenchUser_DefaultReasonInFrenchWordsStayEnglish()
        {
            var org = VocabularyOrg.Create();
            var seller = FrenchSeller(org);

            var message = Refused(() => org.CreateService(seller).Create(VocabularyOrg.Journey(("bowtie_name", "Contoso"), ("bowtie_description", "They negotiated hard."))));

            Assert.Equal("Nous disons 'trade' (échange), pas 'negotiation' : dans un échange, chaque partie apporte quelque chose de valeur. " +
                         "Écrivez 'traded' au lieu de 'negotiated' dans Description, puis enregistrez de nouveau.", message);
        }

        [Fact]
        public void Catalogue_EveryMessageHasBothLanguages()
        {
            var stages = BowtieModel.Stages.Select(s => s.Stage).ToList();
            var texts = new[]
            {
                BowtieMessages.UnknownStage(1), BowtieMessages.StageCleared(), BowtieMessages.UnknownStatus(3), BowtieMessages.ChooseExit(),
                BowtieMessages.CreateInactive(), BowtieMessages.ExitAndMoveTogether(), BowtieMessages.ReactivationNeedsReason(), BowtieMessages.ReasonTooLong(2001),
            }.Concat(stages.SelectMany(s => new[]
            {
                BowtieMessages.CreateLaterStageNeedsReason(s), BowtieMessages.CreateLaterStageNotAllowed(s), BowtieMessages.RecycleNeedsReason(s),
                BowtieMessages.RecycleNotAllowed(s), BowtieMessages.ReactivateAtSameStage(s),
                BowtieMessages.ExitNotForStage(BowtieExit.OffBoarded, s), BowtieMessages.ExitNotForStage(BowtieExit.NotAFit, s),
            })).Concat(BowtieModel.Processes.SelectMany(p => new[]
            {
                BowtieMessages.ExitCriteriaNotMet(p, ExitCriterion.AnyOf(p.Tasks.Select(t => t.Task).ToArray())),
                BowtieMessages.ExitCriteriaNotMet(p, ExitCriterion.AllOf(p.Tasks.Select(t => t.Task).ToArray())),
            })).ToList();

            foreach (var text in texts)
            {
                Assert.False(string.IsNullOrWhiteSpace(text.French));
                Assert.NotEqual(text.English, text.French);
                Assert.Equal(text.French, text.In(SellerLanguage.French));
                Assert.Equal(text.English, text.In(SellerLanguages.FromLanguageId(1031))); // a language we don't ship: English
            }
        }

        private static Guid FrenchSeller(InMemory.InMemoryOrganization org)
        {
            var seller = Guid.NewGuid();
            org.Seed(new Entity("systemuser", seller) { ["fullname"] = "Camille" }, new Entity("usersettings", seller) { ["uilanguageid"] = 1036 });
            return seller;
        }
    }
}
