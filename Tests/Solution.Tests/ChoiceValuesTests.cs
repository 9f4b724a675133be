using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;

namespace DataverseFunnel.Solution.Tests
{
    /// <summary>One definition of every choice: the solution's global choices carry exactly the model's values and labels.</summary>
    public class ChoiceValuesTests
    {
        private static List<(int Value, string Label)> Options(string name)
        {
            var file = XDocument.Load(Path.Combine(ShippedSolution.Folder, "OptionSets", name + ".xml"));
            return file.Descendants("option")
                .Select(o => ((int)o.Attribute("value")!, (string)o.Descendants("label").First(l => (string?)l.Attribute("languagecode") == "1033").Attribute("description")!))
                .ToList();
        }

        [Fact]
        public void Stage_ValuesAndLabelsAreTheModels()
        {
            Assert.Equal(BowtieModel.Stages.Select(s => ((int)s.Stage, s.Label)), Options("bowtie_stage"));
        }

        [Fact]
        public void Task_ValuesAndLabelsAreTheModels()
        {
            Assert.Equal(BowtieModel.Tasks.Select(t => ((int)t.Task, t.Label)), Options("bowtie_task"));
        }

        [Fact]
        public void Motion_ValuesAndLabelsAreTheModels()
        {
            Assert.Equal(BowtieModel.Motions.OrderBy(m => m.Key).Select(m => ((int)m.Key, m.Value)), Options("bowtie_motion"));
        }

        [Fact]
        public void Exit_ValuesAndLabelsAreTheModels()
        {
            Assert.Equal(BowtieModel.Exits.Select(e => ((int)e.Exit, e.Label)), Options("bowtie_exit"));
        }

        [Theory]
        [InlineData("bowtie_health", typeof(JourneyHealth))]
        [InlineData("bowtie_transitionkind", typeof(TransitionKind))]
        [InlineData("bowtie_vocabularyaction", typeof(VocabularyAction))]
        public void EnumChoices_ValuesAreTheEnums(string choice, Type model)
        {
            Assert.Equal(Enum.GetValues(model).Cast<int>().OrderBy(v => v), Options(choice).Select(o => o.Value).OrderBy(v => v));
        }

        [Fact]
        public void EveryChoice_ValuesArePrefixTimesTenThousandPlusN()
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(ShippedSolution.Folder, "OptionSets"), "*.xml"))
            {
                var values = Options(Path.GetFileNameWithoutExtension(file)).Select(o => o.Value).ToList();
                Assert.All(values, v => Assert.InRange(v, BowtieModel.OptionValuePrefix, BowtieModel.OptionValuePrefix + 9999));
                Assert.Equal(values.Count, values.Distinct().Count());
            }
        }

        [Fact]
        public void JourneyStatusReasons_InactiveOnesAreTheExits()
        {
            var journey = XDocument.Load(Path.Combine(ShippedSolution.Folder, "Entities", "bowtie_journey", "Entity.xml"));
            var inactive = journey.Descendants("status").Where(s => (string?)s.Attribute("state") == "1").Select(s => (int)s.Attribute("value")!);

            Assert.Equal(BowtieModel.Exits.Select(e => (int)e.Exit).OrderBy(v => v), inactive.OrderBy(v => v));
        }
    }
}
