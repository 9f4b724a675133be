using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.Plugins.Bowtie.Configuration;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Settings;

namespace DataverseFunnel.Plugins.Tests.Settings
{
    /// <summary>The variables' catalog: equal to the solution's definitions, defaults equal to the framework's, values typed.</summary>
    public class EnvironmentSettingsTests
    {
        [Fact]
        public void Catalog_EqualsTheSolutionsDefinitions()
        {
            var folder = Path.Combine(RepositoryRoot(), "Solution", "environmentvariabledefinitions");
            var shipped = Directory.GetDirectories(folder).Select(d => XDocument.Load(Path.Combine(d, "environmentvariabledefinition.xml")).Root!)
                .ToDictionary(r => (string)r.Attribute("schemaname")!);
            Assert.Equal(EnvironmentSettings.All.Select(s => s.SchemaName).OrderBy(n => n, StringComparer.Ordinal), shipped.Keys.OrderBy(n => n, StringComparer.Ordinal));
            foreach (var setting in EnvironmentSettings.All)
            {
                var root = shipped[setting.SchemaName];
                Assert.Equal(setting.DefaultValue, root.Element("defaultvalue")!.Value);
                Assert.Equal(((int)setting.Type).ToString(), root.Element("type")!.Value);
                Assert.Equal(setting.DisplayName, (string?)root.Element("displayname")!.Attribute("default"));
                Assert.Equal(setting.Description, (string?)root.Element("description")!.Attribute("default"));
            }
        }

        [Fact]
        public void ShippedDefaults_GiveTheFrameworksOptions()
        {
            var merged = LayeredConfiguration.Merge(EnvironmentSettings.BowtieRules, _ => null, null, r => BowtieOptionsReader.TryRead(r, out _), out var error);

            Assert.Null(error);
            BowtieOptionsReader.TryRead(merged!, out var options);
            var defaults = BowtieOptions.Default;
            Assert.Equal(defaults.AllowSkip, options!.AllowSkip);
            Assert.Equal(defaults.AllowLaterStageOnCreate, options.AllowLaterStageOnCreate);
            Assert.Equal(defaults.AllowRecycle, options.AllowRecycle);
            Assert.Equal(defaults.RequireReasonForReactivation, options.RequireReasonForReactivation);
            Assert.Empty(options.HistoryCorrectors);
            foreach (var process in BowtieModel.Processes)
            {
                Assert.Equal(defaults.CriterionFor(process).RequiresAll, options.CriterionFor(process).RequiresAll);
                Assert.Equal(defaults.CriterionFor(process).Tasks, options.CriterionFor(process).Tasks);
            }
        }

        [Theory]
        [InlineData("yes", true)]
        [InlineData(" No ", false)]
        [InlineData("TRUE", true)]
        public void YesNoValues_ReadAsBooleans(string value, bool expected)
        {
            Assert.Equal(expected ? JsonKind.True : JsonKind.False, LayeredConfiguration.ToNode(EnvironmentSettings.AllowSkip, value, out var problem)!.Kind);
            Assert.Null(problem);
        }

        [Fact]
        public void NumberValue_MustBeANumber()
        {
            var setting = new EnvironmentSetting("bowtie_Test", SettingType.Number, "1", "n", "Test", "Test");

            Assert.Equal("0.25", LayeredConfiguration.ToNode(setting, "0.25", out _)!.Text);
            Assert.Null(LayeredConfiguration.ToNode(setting, "a quarter", out var problem));
            Assert.Contains("must be a number", problem);
        }

        [Fact]
        public void JsonValue_MustBeJson()
        {
            Assert.Null(LayeredConfiguration.ToNode(EnvironmentSettings.ExitCriteria, "{\"Selling\": ", out var problem));
            Assert.StartsWith("its value is not valid JSON", problem);
        }

        [Fact]
        public void EmptyCurrentValue_FallsBackToTheDefault()
        {
            var merged = LayeredConfiguration.Merge(EnvironmentSettings.Vocabulary, _ => "  ", null, _ => null, out var error);

            Assert.Null(error);
            Assert.Equal("terms", merged!.Members.Single().Value.Text);
        }

        [Fact]
        public void ConversionTargetsDefault_IsOneFractionPerProcess()
        {
            var node = LayeredConfiguration.ToNode(EnvironmentSettings.ConversionTargets, EnvironmentSettings.ConversionTargets.DefaultValue, out _)!;

            Assert.Equal(BowtieModel.Processes.Select(p => p.Name), node.Members.Select(m => m.Key));
            Assert.All(node.Members, m => Assert.InRange(decimal.Parse(m.Value.Text!, System.Globalization.CultureInfo.InvariantCulture), 0.01m, 1m));
        }

        private static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "DataverseFunnel.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("The repository root (DataverseFunnel.sln) is not above " + AppContext.BaseDirectory);
        }
    }
}
