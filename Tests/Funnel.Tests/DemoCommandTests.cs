using System;
using System.IO;

namespace DataverseFunnel.Funnel.Tests
{
    /// <summary><c>funnel demo</c> through Program.Run: the main job of the README, on a small scenario.</summary>
    [Collection("Console")]
    public sealed class DemoCommandTests : IDisposable
    {
        private readonly string _out = Path.Combine(Path.GetTempPath(), $"demo-cli-{Guid.NewGuid():N}");

        public void Dispose()
        {
            if (Directory.Exists(_out))
            {
                Directory.Delete(_out, recursive: true);
            }
        }

        [Fact]
        public void Demo_SmallScenario_PrintsTheBowtieAndWritesEveryFile()
        {
            var (exit, output, error) = Cli.Run("demo", "--journeys", "150", "--seed", "3", "--out", _out,
                "--solution", Path.Combine(Cli.RepositoryRoot(), "Solution"));

            Assert.True(exit == 0, error);
            Assert.Contains("Stage", output, StringComparison.Ordinal);
            Assert.Contains("Weakest link:", output, StringComparison.Ordinal);
            Assert.Contains("Refused by the bowtie:", output, StringComparison.Ordinal);
            Assert.Contains("driving journeys through the bowtie", error, StringComparison.Ordinal);
            foreach (var file in new[] { "metrics.json", "transitions.csv", "poster.svg", "poster.png", "poster.html", "DataverseFunnel_1_0_0_0.zip" })
            {
                Assert.True(File.Exists(Path.Combine(_out, file)), file);
            }
        }

        [Theory]
        [InlineData("0")]
        [InlineData("-5")]
        public void Demo_NoJourneys_IsBadUsage(string journeys)
        {
            var (exit, _, error) = Cli.Run("demo", "--journeys", journeys, "--out", _out);

            Assert.Equal(2, exit);
            Assert.Contains("--journeys", error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(_out));
        }

        [Fact]
        public void Demo_MissingSolutionFolder_IsBadUsage()
        {
            var (exit, _, error) = Cli.Run("demo", "--solution", Path.Combine(_out, "nowhere"), "--out", _out);

            Assert.Equal(2, exit);
            Assert.Contains("solution folder not found", error, StringComparison.Ordinal);
        }
    }
}
