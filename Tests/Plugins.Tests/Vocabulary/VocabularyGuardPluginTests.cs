using System;
using System.Linq;
using System.Text;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;
using static DataverseFunnel.Plugins.Tests.TestSupport.BowtieOrg;
using static DataverseFunnel.Plugins.Tests.Vocabulary.VocabularyOrg;

namespace DataverseFunnel.Plugins.Tests.Vocabulary
{
    public class VocabularyGuardPluginTests
    {
        private const string Description = "bowtie_description";

        [Fact]
        public void Create_DefaultTermInDescription_RefusedWithFrameworkMessageAndNothingSaved()
        {
            var org = VocabularyOrg.Create();

            var message = Refused(() => org.CreateService().Create(Journey(("bowtie_name", "Contoso"), (Description, "They negotiated hard."))));

            Assert.Equal("We say 'trade', not 'negotiation': in a trade both sides give something of value. " +
                         "Write 'traded' instead of 'negotiated' in Description, then save again.", message);
            Assert.Equal(0, org.Count(VocabularyColumns.JourneyTable));
        }

        [Fact]
        public void Update_SeveralTerms_MessageNamesTheOthers()
        {
            var org = VocabularyOrg.Create();
            var id = org.CreateService().Create(Journey(("bowtie_name", "Contoso")));

            var message = Refused(() => org.CreateService().Update(JourneyChange(id, (Description, "Contoso expansion: won, churned"))));

            Assert.StartsWith("We say 'grow', not 'expand'", message);
            Assert.Contains("(2 more to change: 'won' → 'committed', 'churned' → 'off-boarded')", message);
            Assert.Null(org.Peek(VocabularyColumns.JourneyTable, id)!.GetAttributeValue<string>(Description));
        }

        [Fact]
        public void Update_AdminRewriteTerm_PersistsRewrittenText()
        {
            var org = VocabularyOrg.Create();
            org.Seed(Term("negotiation", "trade", "Both sides give.", VocabularyAction.Rewrite));
            var id = org.CreateService().Create(Journey(("bowtie_name", "Contoso")));

            org.CreateService().Update(JourneyChange(id, ("bowtie_movereason", "Negotiating the NEGOTIATION"), ("bowtie_campaign", "Spring")));

            var stored = org.Peek(VocabularyColumns.JourneyTable, id)!;
            Assert.Equal("Trading the TRADE", stored.GetAttributeValue<string>("bowtie_movereason"));
            Assert.Equal("Spring", stored.GetAttributeValue<string>("bowtie_campaign"));
        }

        [Fact]
        public void Create_AdminTermOverridesDefaultToWarn_SavedUnchangedAndTraced()
        {
            var org = VocabularyOrg.Create();
            org.Seed(Term("win", "commit", "Commit is mutual.", VocabularyAction.Warn));

            var id = org.CreateService().Create(Journey(("bowtie_name", "Big win")));

            Assert.Equal("Big win", org.Peek(VocabularyColumns.JourneyTable, id)!.GetAttributeValue<string>("bowtie_name"));
            Assert.Contains(org.Traces, t => t.Contains("Vocabulary warning in bowtie_name") && t.Contains("'win' → 'commit'"));
        }

        [Fact]
        public void Create_AdminNewTerm_Blocks()
        {
            var org = VocabularyOrg.Create();
            org.Seed(Term("pitch", "propose", "We propose; a pitch is about us.", VocabularyAction.Block, "pitched=proposed, pitches=proposes"));

            var message = Refused(() => org.CreateService().Create(Journey(("bowtie_name", "Contoso"), ("bowtie_movereason", "Pitched to Contoso"))));

            Assert.Equal("We propose; a pitch is about us. Write 'Proposed' instead of 'Pitched' in Move reason, then save again.", message);
        }

        [Fact]
        public void Create_InactiveOrBrokenAdminTerms_Ignored()
        {
            var org = VocabularyOrg.Create();
            org.Seed(Term("pitch", "propose", "", VocabularyAction.Block, active: false), Term("demo", " ", "", VocabularyAction.Block));

            var id = org.CreateService().Create(Journey(("bowtie_name", "Pitch and demo")));

            Assert.NotEqual(Guid.Empty, id);
            Assert.Contains(org.Traces, t => t.Contains("Skipped vocabulary term") && t.Contains("needs a preferred word"));
        }

        [Fact]
        public void Create_FalsePositives_Saved()
        {
            var org = VocabularyOrg.Create();
            const string text = "Close the window, then stay close to the sales team. Use the expandable menu; the winter twin closet.";

            var id = org.CreateService().Create(Journey(("bowtie_name", "Contoso"), (Description, text)));

            Assert.Equal(text, org.Peek(VocabularyColumns.JourneyTable, id)!.GetAttributeValue<string>(Description));
        }

        [Fact]
        public void Create_HtmlDescriptionWithRewriteEnforcement_MarkupKept()
        {
            var org = VocabularyOrg.Create("{\"enforcement\": \"rewrite\"}");
            const string html = "<div class=\"win\"><p>We <b>Won</b> the&nbsp;deal &amp; closed&nbsp;won</p></div>";

            var id = org.CreateService().Create(Journey(("bowtie_name", "Contoso"), (Description, html)));

            Assert.Equal("<div class=\"win\"><p>We <b>Committed</b> the&nbsp;deal &amp; committed</p></div>",
                org.Peek(VocabularyColumns.JourneyTable, id)!.GetAttributeValue<string>(Description));
        }

        [Fact]
        public void Create_OneMegabyteDescription_SavedWhenCleanRefusedWhenNot()
        {
            var org = VocabularyOrg.Create();
            var clean = new StringBuilder();
            while (clean.Length < 1048576 - 200)
            {
                clean.Append("<p>We met the customer and agreed the onboarding plan with na\u00EFve optimism.</p>");
            }

            var id = org.CreateService().Create(Journey(("bowtie_name", "Contoso"), (Description, clean.ToString())));
            Assert.Equal(clean.Length, org.Peek(VocabularyColumns.JourneyTable, id)!.GetAttributeValue<string>(Description)!.Length);

            var message = Refused(() => org.CreateService().Update(JourneyChange(id, (Description, clean + "<p>Churned.</p>"))));
            Assert.Contains("Write 'Off-boarded' instead of 'Churned' in Description", message);
        }

        [Fact]
        public void Create_TransitionReason_Guarded()
        {
            var org = VocabularyOrg.Create();

            var message = Refused(() => org.CreateService().Create(new Entity(VocabularyColumns.TransitionTable)
            {
                ["bowtie_name"] = "Live → Off-boarded",
                ["bowtie_reason"] = "Customer churned",
            }));

            Assert.Contains("in Reason", message);
            Assert.Equal(0, org.Count(VocabularyColumns.TransitionTable));
        }

        [Theory]
        [InlineData("{\"enforcment\": \"warn\"}", "unknown key 'enforcment'")]
        [InlineData("{\"Enforcement\": \"warn\"}", "did you mean 'enforcement'?")]
        [InlineData("{\"enforcement\": \"shout\"}", "'enforcement' must be \"terms\", \"block\", \"rewrite\" or \"warn\"")]
        [InlineData("{\"columns\": [\"bowtie_notes\"]}", "'columns' lists the text \"bowtie_notes\", which is not a guarded text column")]
        [InlineData("{\"defaultTerms\": \"no\"}", "'defaultTerms' must be true or false")]
        [InlineData("{\"warnColumns\": \"bowtie_name\"}", "'warnColumns' must be a list of column names")]
        [InlineData("[1]", "it must be a JSON object")]
        [InlineData("{", "it is not valid JSON")]
        public void Create_MalformedConfiguration_RefusedNamingTheProblem(string configuration, string expected)
        {
            var org = VocabularyOrg.Create(configuration);

            var message = Refused(() => org.CreateService().Create(Journey(("bowtie_name", "Contoso"))));

            Assert.Contains(expected, message);
            Assert.StartsWith("The vocabulary step configuration is not valid", message);
            Assert.Equal(0, org.Count(VocabularyColumns.JourneyTable));
        }

        [Fact]
        public void Create_ConfigurationColumnsAndWarn_OnlyListedColumnsChecked()
        {
            var org = VocabularyOrg.Create("{\"columns\": [\"bowtie_description\"], \"enforcement\": \"warn\", \"defaultTerms\": true}");

            org.CreateService().Create(Journey(("bowtie_name", "Won deal"), (Description, "negotiated")));

            Assert.DoesNotContain(org.Traces, t => t.Contains("in bowtie_name"));
            Assert.Contains(org.Traces, t => t.Contains("Vocabulary warning in bowtie_description"));
        }

        [Fact]
        public void Create_DefaultTermsOff_OnlyAdminTermsApply()
        {
            var org = VocabularyOrg.Create("{\"defaultTerms\": false}");
            org.Seed(Term("pitch", "propose", "", VocabularyAction.Block));

            org.CreateService().Create(Journey(("bowtie_name", "Contoso"), (Description, "We won")));
            Refused(() => org.CreateService().Create(Journey(("bowtie_name", "Contoso"), (Description, "Our pitch"))));
        }

        [Fact]
        public void Create_CampaignAndNameAreProperNouns_SavedWithAWarningOnly()
        {
            var org = VocabularyOrg.Create();

            var id = org.CreateService().Create(Journey(("bowtie_name", "Closed-won review: Contoso"), ("bowtie_campaign", "Expand your reach webinar")));

            var stored = org.Peek(VocabularyColumns.JourneyTable, id)!;
            Assert.Equal("Expand your reach webinar", stored.GetAttributeValue<string>("bowtie_campaign"));
            Assert.Equal("Closed-won review: Contoso", stored.GetAttributeValue<string>("bowtie_name"));
            Assert.Contains(org.Traces, t => t.Contains("Vocabulary warning in bowtie_campaign") && t.Contains("'Expand' → 'Grow'"));
            Assert.Contains(org.Traces, t => t.Contains("Vocabulary warning in bowtie_name"));
        }

        [Fact]
        public void Create_SameWordsInDescription_Refused()
        {
            var org = VocabularyOrg.Create();

            var message = Refused(() => org.CreateService().Create(Journey(("bowtie_name", "Contoso"), (Description, "Expand your reach with Contoso."))));

            Assert.Contains("in Description", message);
            Assert.Equal(0, org.Count(VocabularyColumns.JourneyTable));
        }

        [Fact]
        public void Create_WinBackCompound_NotTheSalesSense()
        {
            var org = VocabularyOrg.Create();

            var id = org.CreateService().Create(Journey(("bowtie_name", "Contoso"), ("bowtie_campaign", "Win-back Q3 2026"),
                (Description, "Lapsed customer; the win-back offer went out and we hope to win them back by May.")));

            Assert.NotEqual(Guid.Empty, id);
            Assert.DoesNotContain(org.Traces, t => t.Contains("Vocabulary warning"));
        }

        [Fact]
        public void Create_WarnColumnsEmpty_NamesBlockedAgain()
        {
            var org = VocabularyOrg.Create("{\"warnColumns\": []}");

            var message = Refused(() => org.CreateService().Create(Journey(("bowtie_name", "Contoso"), ("bowtie_campaign", "Big win week"))));

            Assert.Contains("in Campaign", message);
        }

        [Fact]
        public void Update_OtherColumnOnly_StepDoesNotRun()
        {
            var org = VocabularyOrg.Create();
            var id = org.CreateService().Create(Journey(("bowtie_name", "Contoso")));
            org.ClearAudit();

            org.CreateService().Update(JourneyChange(id, ("bowtie_mrr", new Money(10m))));

            Assert.Empty(org.StepAudit);
        }

        [Fact]
        public void Registration_FourPreValidationSteps_WithFilteringOnUpdate()
        {
            var steps = StepRegistrationReader.FromType(typeof(VocabularyGuardPlugin));

            Assert.Equal(4, steps.Count);
            Assert.All(steps, s => Assert.Equal(PipelineStage.PreValidation, s.Stage));
            Assert.All(steps, s => Assert.Empty(StepDefinitionValidator.Problems(s)));
            Assert.Equal(new[] { "bowtie_name", "bowtie_description", "bowtie_movereason", "bowtie_campaign" },
                steps.Single(s => s.Message == "Update" && s.PrimaryEntity == VocabularyColumns.JourneyTable).FilteringAttributes);
            Assert.Equal(new[] { "bowtie_reason", "bowtie_name" },
                steps.Single(s => s.Message == "Update" && s.PrimaryEntity == VocabularyColumns.TransitionTable).FilteringAttributes);
            Assert.Equal(4, steps.Select(s => s.Id).Distinct().Count());
        }
    }
}
