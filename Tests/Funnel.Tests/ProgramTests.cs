using System;

namespace DataverseFunnel.Funnel.Tests
{
    /// <summary>The CLI shell: help, version, verbs found, bad usage exits 2 with one clear line.</summary>
    [Collection("Console")]
    public class ProgramTests
    {
        [Fact]
        public void Help_ListsEveryVerb()
        {
            var (exit, output, _) = Cli.Run("--help");

            Assert.Equal(0, exit);
            foreach (var verb in new[] { "pack", "check", "vocab", "demo", "metrics", "poster" })
            {
                Assert.Contains(verb, output, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Version_PrintsTheProductVersion()
        {
            var (exit, output, _) = Cli.Run("--version");

            Assert.Equal(0, exit);
            Assert.StartsWith("1.0.0", output.Trim(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("--bogus")]
        [InlineData("launch")]
        [InlineData("metrics", "--by", "planet")]
        public void BadUsage_ExitsTwoWithAPointerToHelp(params string[] args)
        {
            var (exit, output, error) = Cli.Run(args);

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.StartsWith("funnel: ", error, StringComparison.Ordinal);
            Assert.Contains("funnel --help", error, StringComparison.Ordinal);
        }
    }
}
