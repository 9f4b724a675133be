using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;

namespace DataverseFunnel.Cli.Commands
{
    /// <summary>
    /// <c>funnel vocab [FILE]</c>: audits text (FILE or standard input, one text per line) with the same scanner the
    /// plugin uses, so admins can check an export before switching enforcement on. Exit 0 clean, 1 findings, 2 bad usage.
    /// </summary>
    internal sealed class VocabCommand : IFunnelCommand
    {
        private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public Command Build()
        {
            var file = new Argument<string?>("FILE") { Description = "Text to audit, one text per line (default: standard input)", Arity = ArgumentArity.ZeroOrOne };
            var json = new Option<bool>("--json") { Description = "One JSON object per input line: {\"line\":N,\"findings\":[{\"match\",\"start\",\"length\",\"preferred\",\"action\"}]}" };
            var terms = new Option<string?>("--terms")
            {
                Description = "JSON file of admin terms (a list, or a Web API export {\"value\":[…]}) with phrase/bowtie_name, preferred/bowtie_preferred, " +
                              "why/bowtie_why, action/bowtie_action (block|rewrite|warn or 269840000-2), variants/bowtie_variants; they override the defaults",
            };
            var command = new Command("vocab", "Find the words the bowtie avoids (win, close, negotiate, expand, churn and admin terms) in text");
            command.Arguments.Add(file);
            command.Options.Add(json);
            command.Options.Add(terms);
            command.SetAction(parse =>
            {
                var path = parse.GetValue(file);
                if (path != null && !File.Exists(path))
                {
                    Console.Error.WriteLine($"funnel vocab: file not found: {path}");
                    return ExitCodes.Usage;
                }

                VocabularyScanner scanner;
                try
                {
                    var termsPath = parse.GetValue(terms);
                    scanner = VocabularyScanner.Create(termsPath == null ? null : ReadTerms(termsPath));
                }
                catch (TermsFileException e)
                {
                    Console.Error.WriteLine($"funnel vocab: {e.Message}");
                    return ExitCodes.Usage;
                }

                using var input = path == null ? Console.In : new StreamReader(path);
                return Audit(scanner, input, parse.GetValue(json));
            });
            return command;
        }

        private static int Audit(VocabularyScanner scanner, TextReader input, bool json)
        {
            var total = 0;
            var lines = 0;
            for (var line = input.ReadLine(); line != null; line = input.ReadLine())
            {
                lines++;
                var findings = scanner.Scan(line);
                total += findings.Count;
                if (json)
                {
                    Console.Out.WriteLine(JsonLine(lines, findings));
                    continue;
                }

                foreach (var finding in findings)
                {
                    Console.Out.WriteLine($"line {lines}, column {finding.Start + 1}: '{finding.Text}' → '{finding.Preferred}' ({Action(finding.Action)}). {finding.Why}");
                }
            }

            if (!json)
            {
                Console.Error.WriteLine(total == 0 ? $"funnel vocab: {lines} line(s), clean" : $"funnel vocab: {total} finding(s) in {lines} line(s)");
            }

            return total == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        }

        private static string JsonLine(int line, IReadOnlyList<VocabularyFinding> findings)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, Compact))
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", line);
                writer.WriteStartArray("findings");
                foreach (var finding in findings)
                {
                    writer.WriteStartObject();
                    writer.WriteString("match", finding.Match);
                    writer.WriteNumber("start", finding.Start);
                    writer.WriteNumber("length", finding.Length);
                    writer.WriteString("preferred", finding.Preferred);
                    writer.WriteString("action", Action(finding.Action));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }

        private static string Action(VocabularyAction action) => action switch
        {
            VocabularyAction.Block => "block",
            VocabularyAction.Rewrite => "rewrite",
            _ => "warn",
        };

        /// <summary>Reads admin terms from JSON; any problem is one line naming the file, the entry and the key.</summary>
        private static List<VocabularyTerm> ReadTerms(string path)
        {
            if (!File.Exists(path))
            {
                throw new TermsFileException($"terms file not found: {path}");
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(File.ReadAllText(path));
            }
            catch (JsonException e)
            {
                throw new TermsFileException($"{path}: not valid JSON: {e.Message}");
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("value", out var value))
                {
                    root = value;
                }

                if (root.ValueKind != JsonValueKind.Array)
                {
                    throw new TermsFileException($"{path}: expected a list of terms (or {{\"value\": [...]}}), not {root.ValueKind}");
                }

                var terms = new List<VocabularyTerm>();
                var index = 0;
                foreach (var item in root.EnumerateArray())
                {
                    index++;
                    var where = $"{path}: term {index}";
                    try
                    {
                        terms.Add(new VocabularyTerm(
                            Text(item, where, "phrase", "name", "bowtie_name") ?? string.Empty,
                            Text(item, where, "preferred", "bowtie_preferred") ?? string.Empty,
                            Text(item, where, "why", "bowtie_why") ?? string.Empty,
                            ParseAction(item, where),
                            Variants(item, where)));
                    }
                    catch (ArgumentException e)
                    {
                        throw new TermsFileException($"{where}: {e.Message.Split(" (Parameter")[0]}");
                    }
                }

                return terms;
            }
        }

        private static string? Text(JsonElement item, string where, params string[] names)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new TermsFileException($"{where}: expected an object, not {item.ValueKind}");
            }

            foreach (var name in names)
            {
                if (item.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
                {
                    return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new TermsFileException($"{where}: '{name}' must be text");
                }
            }

            return null;
        }

        private static VocabularyAction ParseAction(JsonElement item, string where)
        {
            foreach (var name in new[] { "action", "bowtie_action" })
            {
                if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && Enum.IsDefined(typeof(VocabularyAction), number))
                {
                    return (VocabularyAction)number;
                }

                switch (value.ValueKind == JsonValueKind.String ? value.GetString()?.ToLowerInvariant() : null)
                {
                    case "block": return VocabularyAction.Block;
                    case "rewrite": return VocabularyAction.Rewrite;
                    case "warn": return VocabularyAction.Warn;
                }

                throw new TermsFileException($"{where}: '{name}' must be block, rewrite or warn (or 269840000, 269840001, 269840002), not {value.GetRawText()}");
            }

            return VocabularyAction.Block;
        }

        private static IReadOnlyList<string> Variants(JsonElement item, string where)
        {
            foreach (var name in new[] { "variants", "bowtie_variants" })
            {
                if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (value.ValueKind == JsonValueKind.String)
                {
                    return VocabularyTerm.SplitVariants(value.GetString());
                }

                if (value.ValueKind == JsonValueKind.Array)
                {
                    var list = new List<string>();
                    foreach (var variant in value.EnumerateArray())
                    {
                        list.Add(variant.ValueKind == JsonValueKind.String ? variant.GetString()! : throw new TermsFileException($"{where}: '{name}' must list text"));
                    }

                    return list;
                }

                throw new TermsFileException($"{where}: '{name}' must be text (comma-separated) or a list");
            }

            return Array.Empty<string>();
        }

        private sealed class TermsFileException : Exception
        {
            public TermsFileException(string message)
                : base(message)
            {
            }
        }
    }
}
