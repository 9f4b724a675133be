using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace DataverseFunnel.Plugins.Tests.Bowtie
{
    /// <summary>The bowtie rules stay plain C#: no SDK types, no wall clock, no random ids. Checked on the source files.</summary>
    public class BowtieSourceTests
    {
        private static string? FindBowtieFolder()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "Plugins", "Bowtie");
                if (File.Exists(Path.Combine(dir.FullName, "DataverseFunnel.sln")) && Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        [SkippableTheory]
        [InlineData(@"\bMicrosoft\.Xrm\b", "the SDK")]
        [InlineData(@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b", "the wall clock")]
        [InlineData(@"\bGuid\.NewGuid\b", "random ids")]
        [InlineData(@"\bSystem\.Text\.Json(\.\w|\s*;)", "System.Text.Json")]
        public void BowtieSources_DoNotUse(string pattern, string what)
        {
            var folder = FindBowtieFolder();
            Skip.If(folder == null, "Plugins/Bowtie source folder not found above " + AppContext.BaseDirectory);

            var files = Directory.GetFiles(folder!, "*.cs", SearchOption.AllDirectories);
            Assert.NotEmpty(files);
            var offenders = files.Where(f => Regex.IsMatch(File.ReadAllText(f), pattern)).Select(Path.GetFileName).ToList();

            Assert.True(offenders.Count == 0, "Plugins/Bowtie must not use " + what + ": " + string.Join(", ", offenders));
        }
    }
}
