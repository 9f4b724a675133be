using System;
using System.IO;
using System.Text.Json;
using DataverseFunnel.Cli;

namespace DataverseFunnel.Funnel.Tests
{
    /// <summary><c>funnel vocab</c> through Program.Run, with files and standard input.</summary>
    [Collection("Console")]
    public sealed class VocabCommandTests : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), $"vocab-cli-{Guid.NewGuid():N}");

        public VocabCommandTests() => Directory.CreateDirectory(folder);

        public void Dispose() => Directory.Delete(folder, recursive: true);

        [Fact]
        public void Vocab_CleanStandardInput_ExitsZero()
        {
            var (exit, output, error) = Cli.RunWithInput("Close the window\nWe stay close to the customer\n", "vocab");

            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, output);
            Assert.Equal("funnel vocab: 2 line(s), clean", error.Trim());
        }

        [Fact]
        public void Vocab_FileWithFindings_ExitsOneListingLineMatchAndWhy()
        {
            var file = Write("notes.txt", "fine\nThey negotiated hard\n");

            var (exit, output, error) = Cli.RunWithInput(null, "vocab", file);

            Assert.Equal(1, exit);
            Assert.Equal("line 2, column 6: 'negotiated' → 'traded' (block). We say 'trade', not 'negotiation': in a trade both sides give something of value.", output.Trim());
            Assert.Equal("funnel vocab: 1 finding(s) in 2 line(s)", error.Trim());
        }

        [Fact]
        public void Vocab_Json_OneObjectPerLineInTheContractShape()
        {
            var (exit, output, _) = Cli.RunWithInput("clean line\nWIN rate and <b>closed&nbsp;won</b>\n", "vocab", "--json");

            Assert.Equal(1, exit);
            var lines = output.TrimEnd('\n').Split('\n');
            Assert.Equal("{\"line\":1,\"findings\":[]}", lines[0].TrimEnd('\r'));
            Assert.Equal(
                "{\"line\":2,\"findings\":[{\"match\":\"WIN rate\",\"start\":0,\"length\":8,\"preferred\":\"COMMIT rate\",\"action\":\"block\"}," +
                "{\"match\":\"closed&nbsp;won\",\"start\":16,\"length\":15,\"preferred\":\"committed\",\"action\":\"block\"}]}",
                lines[1].TrimEnd('\r'));
            using var parsed = JsonDocument.Parse(lines[1]);
            Assert.Equal(2, parsed.RootElement.GetProperty("findings").GetArrayLength());
        }

        [Fact]
        public void Vocab_TermsFile_OverridesDefaultsAndAddsTerms()
        {
            var terms = Write("terms.json",
                "{\"value\":[{\"bowtie_name\":\"win\",\"bowtie_preferred\":\"commit\",\"bowtie_action\":269840002}," +
                "{\"phrase\":\"pitch\",\"preferred\":\"propose\",\"action\":\"rewrite\",\"variants\":[\"pitched=proposed\"]}]}");

            var (exit, output, _) = Cli.RunWithInput("We pitched and won\n", "vocab", "--json", "--terms", terms);

            Assert.Equal(1, exit);
            Assert.Equal(
                "{\"line\":1,\"findings\":[{\"match\":\"pitched\",\"start\":3,\"length\":7,\"preferred\":\"proposed\",\"action\":\"rewrite\"}," +
                "{\"match\":\"won\",\"start\":15,\"length\":3,\"preferred\":\"committed\",\"action\":\"warn\"}]}",
                output.Trim());
        }

        [Fact]
        public void Vocab_MissingFile_ExitsTwoWithOneLine()
        {
            var (exit, output, error) = Cli.RunWithInput(null, "vocab", Path.Combine(folder, "missing.txt"));

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Equal($"funnel vocab: file not found: {Path.Combine(folder, "missing.txt")}", error.Trim());
        }

        [Theory]
        [InlineData("[{\"phrase\":\"pitch\"}]", "term 1: The vocabulary term 'pitch' needs a preferred word.")]
        [InlineData("[{\"phrase\":\"pitch\",\"preferred\":\"propose\",\"action\":\"shout\"}]", "term 1: 'action' must be block, rewrite or warn")]
        [InlineData("{\"terms\":[]}", "expected a list of terms")]
        [InlineData("[", "not valid JSON")]
        public void Vocab_BadTermsFile_ExitsTwoNamingTheProblem(string content, string expected)
        {
            var terms = Write("terms.json", content);

            var (exit, _, error) = Cli.RunWithInput("text\n", "vocab", "--terms", terms);

            Assert.Equal(2, exit);
            Assert.Single(error.Trim().Split('\n'));
            Assert.Contains(expected, error);
        }

        [Fact]
        public void Vocab_UnknownOption_ExitsTwo()
        {
            Assert.Equal(2, Cli.RunWithInput(string.Empty, "vocab", "--jsn").Exit);
        }

        private string Write(string name, string content)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, content);
            return path;
        }
    }
}
