using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Configuration;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// Reads the vocabulary step's unsecure configuration. Empty means the defaults. Example:
    /// <code>{ "enforcement": "warn", "columns": ["bowtie_description"], "defaultTerms": true, "warnColumns": ["bowtie_name", "bowtie_campaign"] }</code>
    /// <c>enforcement</c>: "terms" (each term's own action, the default), "block", "rewrite" or "warn".
    /// <c>warnColumns</c>: columns only warned whatever the enforcement (default: name and campaign; [] blocks there too).
    /// Unknown keys, wrong types, unknown values and unknown columns are reported by name.
    /// </summary>
    internal static class VocabularyGuardOptionsReader
    {
        public const string Enforcement = "enforcement";
        public const string Columns = "columns";
        public const string DefaultTerms = "defaultTerms";
        public const string WarnColumns = "warnColumns";

        private static readonly string[] KnownKeys = { Enforcement, Columns, DefaultTerms, WarnColumns };

        /// <summary>The options, or a message naming what is wrong (then <paramref name="options"/> is null).</summary>
        public static string? TryRead(string? configuration, out VocabularyGuardOptions? options)
        {
            options = null;
            if (string.IsNullOrWhiteSpace(configuration))
            {
                options = VocabularyGuardOptions.Default;
                return null;
            }

            var root = StrictJsonReader.ParseObject(configuration!, "{\"enforcement\": \"warn\"}", out var invalid);
            if (root == null)
            {
                return Fail(invalid!);
            }

            var error = TryRead(root, out options);
            return error == null ? null : Fail(error);
        }

        /// <summary>Reads a configuration object: the options, or what is wrong (then <paramref name="options"/> is null).</summary>
        public static string? TryRead(JsonNode root, out VocabularyGuardOptions? options)
        {
            options = null;
            VocabularyAction? enforcement = null;
            List<string>? columns = null;
            List<string>? warnColumns = null;
            var defaults = true;
            foreach (var member in root.Members)
            {
                string? error;
                switch (member.Key)
                {
                    case Enforcement: error = ReadEnforcement(member.Value, out enforcement); break;
                    case Columns: error = ReadColumns(Columns, member.Value, out columns); break;
                    case WarnColumns: error = ReadColumns(WarnColumns, member.Value, out warnColumns); break;
                    case DefaultTerms:
                        error = member.Value.Kind == JsonKind.True || member.Value.Kind == JsonKind.False
                            ? null
                            : "'" + DefaultTerms + "' must be true or false, not " + member.Value.Describe();
                        defaults = member.Value.Kind != JsonKind.False;
                        break;
                    default:
                        error = UnknownKey.Message(member.Key, KnownKeys);
                        break;
                }

                if (error != null)
                {
                    return error;
                }
            }

            options = new VocabularyGuardOptions(enforcement, columns, defaults, warnColumns);
            return null;
        }

        private static string? ReadEnforcement(JsonNode value, out VocabularyAction? enforcement)
        {
            enforcement = null;
            switch (value.Kind == JsonKind.String ? value.Text : null)
            {
                case "terms": return null;
                case "block": enforcement = VocabularyAction.Block; return null;
                case "rewrite": enforcement = VocabularyAction.Rewrite; return null;
                case "warn": enforcement = VocabularyAction.Warn; return null;
                default:
                    return "'" + Enforcement + "' must be \"terms\", \"block\", \"rewrite\" or \"warn\", not " + value.Describe();
            }
        }

        private static string? ReadColumns(string key, JsonNode value, out List<string>? columns)
        {
            columns = null;
            if (value.Kind != JsonKind.Array)
            {
                return "'" + key + "' must be a list of column names such as [\"bowtie_description\"], not " + value.Describe();
            }

            var known = VocabularyColumns.AllTextColumns();
            columns = new List<string>();
            foreach (var item in value.Items)
            {
                if (item.Kind != JsonKind.String || !known.Contains(item.Text!))
                {
                    return "'" + key + "' lists " + item.Describe() + ", which is not a guarded text column; use " + string.Join(", ", known);
                }

                columns.Add(item.Text!);
            }

            return null;
        }

        private static string Fail(string detail) =>
            "The vocabulary step configuration is not valid: " + detail +
            ". Fix the step's unsecure configuration (or leave it empty for the defaults).";
    }
}
