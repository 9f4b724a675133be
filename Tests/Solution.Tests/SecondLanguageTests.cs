using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.Plugins.Bowtie.Localization;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Solution.Tests
{
    /// <summary>
    /// The solution's second language, French (1036): every display name of our tables, their bowtie columns, status
    /// values and global choices has a French label beside its English one, &lt;Languages&gt; lists 1036, and the
    /// labels a seller reads in a refusal are the words on the form.
    /// </summary>
    public class SecondLanguageTests
    {
        private static readonly string[] LabelSets = { "LocalizedNames", "LocalizedCollectionNames", "displaynames", "labels" };

        [Fact]
        public void EveryEnglishDisplayName_OfOurTablesColumnsAndChoices_HasAFrenchOne()
        {
            var missing = new List<string>();
            var checkedSets = 0;
            foreach (var (path, xml) in ShippedSolution.XmlFiles().Where(f => IsTableOrChoice(f.Path)))
            {
                foreach (var set in xml.Descendants().Where(e => LabelSets.Contains(e.Name.LocalName) && InScope(e)))
                {
                    var english = set.Elements().FirstOrDefault(l => l.Attribute("languagecode")?.Value == "1033");
                    if (english is null)
                    {
                        continue;
                    }

                    checkedSets++;
                    var french = set.Elements().FirstOrDefault(l => l.Attribute("languagecode")?.Value == "1036");
                    if (french is null || string.IsNullOrWhiteSpace(french.Attribute("description")?.Value))
                    {
                        missing.Add(path + ": " + english.Attribute("description")?.Value);
                    }
                }
            }

            Assert.True(checkedSets > 150, $"only {checkedSets} label sets checked");
            Assert.Empty(missing);
        }

        [Fact]
        public void Languages_ListsEnglishAndFrench()
        {
            var customizations = XDocument.Load(System.IO.Path.Combine(ShippedSolution.Folder, "Other", "Customizations.xml"));

            Assert.Equal(new[] { "1033", "1036" }, customizations.Root!.Element("Languages")!.Elements("Language").Select(l => l.Value.Trim()));
        }

        [Fact]
        public void FrenchStageAndTaskLabels_AreTheWordsTheMessagesUse()
        {
            var stages = FrenchOptionLabels("bowtie_stage.xml");
            foreach (var stage in BowtieModel.Stages)
            {
                Assert.Equal(FrenchLabels.Stage(stage.Stage), stages[(int)stage.Stage]);
            }

            var tasks = FrenchOptionLabels("bowtie_task.xml");
            foreach (var task in BowtieModel.Tasks)
            {
                Assert.Equal(FrenchLabels.Task(task.Task), tasks[(int)task.Task]);
            }

            var exits = FrenchOptionLabels("bowtie_exit.xml");
            foreach (var exit in BowtieModel.Exits)
            {
                Assert.Equal(FrenchLabels.Exit(exit.Exit), exits[(int)exit.Exit]);
            }
        }

        private static Dictionary<int, string> FrenchOptionLabels(string file) =>
            XDocument.Load(System.IO.Path.Combine(ShippedSolution.Folder, "OptionSets", file)).Descendants("option")
                .ToDictionary(
                    o => int.Parse(o.Attribute("value")!.Value, System.Globalization.CultureInfo.InvariantCulture),
                    o => o.Element("labels")!.Elements("label").Single(l => l.Attribute("languagecode")!.Value == "1036").Attribute("description")!.Value);

        private static bool IsTableOrChoice(string path) =>
            path.StartsWith("OptionSets", StringComparison.Ordinal) ||
            (path.StartsWith("Entities", StringComparison.Ordinal) && path.EndsWith("Entity.xml", StringComparison.Ordinal));

        /// <summary>The table's own names, and names inside our (bowtie_) columns and the status columns; not system columns.</summary>
        private static bool InScope(XElement set)
        {
            var attribute = set.Ancestors("attribute").FirstOrDefault();
            if (attribute is null)
            {
                return set.Ancestors("attributes").FirstOrDefault() is null;
            }

            var name = attribute.Attribute("PhysicalName")?.Value.ToLowerInvariant() ?? string.Empty;
            return (name.StartsWith("bowtie_", StringComparison.Ordinal) && !name.EndsWith("_base", StringComparison.Ordinal)) || name is "statecode" or "statuscode";
        }
    }
}
