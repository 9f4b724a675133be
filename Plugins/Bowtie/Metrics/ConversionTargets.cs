using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DataverseFunnel.Plugins.Bowtie.Configuration;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// The conversion each process should reach, indexed by the stage it leaves (Prospect → MQL is index 0).
    /// Defaults are the $15–50k ACV band of the "Bowtie Standard" recreation (gtmskills benchmarks.json, see
    /// reference/notes/bowtie-model-and-peers.md §1.2): Prospect→MQL 20 % (CR1), MQL→SQL 25 % (CR2), SQL→Commit 25 %
    /// (CR4, commit rate), Commit→Live 94 % (CR6, onboarding retained), Live→Recurring 90 % (CR7, gross retention),
    /// Recurring→LTV 22 % (CR8, growth).
    /// </summary>
    public sealed class ConversionTargets
    {
        private readonly double?[] byFromStage;

        private ConversionTargets(double?[] byFromStage) => this.byFromStage = byFromStage;

        public static ConversionTargets Default { get; } = new(new double?[] { 0.20, 0.25, 0.25, 0.94, 0.90, 0.22 });

        /// <summary>The target for the process leaving <paramref name="from"/>, or null when none is set.</summary>
        public double? For(BowtieStage from) => from == BowtieStage.Ltv ? null : byFromStage[BowtieModel.Position(from)];

        /// <summary>
        /// Reads targets from JSON: an object whose keys name a process by its stages ("MQL→SQL" or "MQL->SQL") or by its
        /// name ("Prospecting"), and whose values are fractions (0.25) — e.g. <c>{"MQL->SQL": 0.3, "Grow": 0.4}</c>.
        /// Processes not named keep their default; <c>null</c> removes a target.
        /// </summary>
        public static ConversionTargets Parse(string json)
        {
            var values = (double?[])Default.byFromStage.Clone();
            JsonNode document;
            try
            {
                document = StrictJsonReader.Parse(json);
            }
            catch (JsonSyntaxException e)
            {
                throw new FormatException("The targets file is not valid JSON: " + e.Message, e);
            }

            if (document.Kind != JsonKind.Object)
            {
                throw new FormatException("The targets file must hold one JSON object, e.g. {\"MQL->SQL\": 0.25}.");
            }

            foreach (var property in document.Members)
            {
                var from = ParseProcessKey(property.Key);
                if (property.Value.Kind == JsonKind.Null)
                {
                    values[BowtieModel.Position(from)] = null;
                    continue;
                }

                if (property.Value.Kind != JsonKind.Number
                    || !double.TryParse(property.Value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var target)
                    || target <= 0 || target > 1)
                {
                    throw new FormatException(
                        "The target for '" + property.Key + "' must be a fraction between 0 and 1 (0.25 for 25 %).");
                }

                values[BowtieModel.Position(from)] = target;
            }

            return new ConversionTargets(values);
        }

        /// <summary>Reads a targets file (see <see cref="Parse"/>).</summary>
        public static ConversionTargets Load(string path) => Parse(File.ReadAllText(path));

        private static BowtieStage ParseProcessKey(string key)
        {
            foreach (var arrow in new[] { "→", "->" })
            {
                var at = key.IndexOf(arrow, StringComparison.Ordinal);
                if (at > 0
                    && BowtieVocabulary.TryParseStage(key.Substring(0, at), out var from)
                    && BowtieVocabulary.TryParseStage(key.Substring(at + arrow.Length), out var to)
                    && BowtieModel.Position(to) == BowtieModel.Position(from) + 1)
                {
                    return from;
                }
            }

            for (var stage = BowtieStage.Prospect; stage < BowtieStage.Ltv; stage++)
            {
                if (string.Equals(BowtieVocabulary.ProcessFrom(stage), key.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return stage;
                }
            }

            throw new FormatException(
                $"Unknown process '{key}' in the targets file: name it by its stages (\"MQL->SQL\") or by its process " +
                "(Marketing, Prospecting, Selling, Onboarding, Achieve impact, Grow).");
        }

        public IReadOnlyList<double?> All => byFromStage;
    }
}
