using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;

namespace DataverseFunnel.Solution.Tests
{
    /// <summary>Every label, display name and description admins and users see speaks the framework's words.</summary>
    public class LabelVocabularyTests
    {
        // Attributes that carry words people read: labels and descriptions, form/site map titles, names of roles and flows.
        private static readonly HashSet<string> LabelAttributes = new(StringComparer.Ordinal)
        {
            "description", "Description", "LocalizedName", "OriginalName", "Title", "ControlDisplayName",
        };

        internal static IEnumerable<(string File, string Text)> Labels()
        {
            foreach (var (path, xml) in ShippedSolution.XmlFiles())
            {
                foreach (var element in xml.Descendants())
                {
                    foreach (var attribute in element.Attributes())
                    {
                        var name = attribute.Name.LocalName;
                        var isName = name is "name" or "Name" && element.Name.LocalName is "Role" or "Workflow" or "AppModule";
                        if (LabelAttributes.Contains(name) || isName)
                        {
                            yield return (path, attribute.Value);
                        }
                    }
                }
            }
        }

        [Fact]
        public void EveryLabel_HasNoWordTheVocabularyGuardWouldFlag()
        {
            var scanner = VocabularyScanner.CreateDefault();

            var findings = Labels()
                .SelectMany(l => scanner.Scan(l.Text).Select(f => $"{l.File}: '{f.Match}' in \"{l.Text}\" → say '{f.Preferred}'"))
                .ToList();

            Assert.Empty(findings);
        }

        [Fact]
        public void Labels_CoverTheWholeSolution()
        {
            var labels = Labels().ToList();

            // Tables, choices, forms, views, charts, the flow, the dashboard, the app and the roles all contribute.
            Assert.True(labels.Count > 300, $"only {labels.Count} labels found");
            foreach (var folder in new[] { "Entities", "OptionSets", "Workflows", "Dashboards", "Roles", "AppModules" })
            {
                Assert.Contains(labels, l => l.File.StartsWith(folder, StringComparison.Ordinal));
            }
        }

        [Fact]
        public void Scanner_WouldFlagALabelInSalesWords()
        {
            // The check above can fail: the same scanner flags the words we avoid.
            Assert.NotEmpty(VocabularyScanner.CreateDefault().Scan("Closed-won deals by close date"));
        }
    }
}
