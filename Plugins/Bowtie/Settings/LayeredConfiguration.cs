using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Configuration;

namespace DataverseFunnel.Plugins.Bowtie.Settings
{
    /// <summary>
    /// One step's effective configuration: each environment variable's value (its current value, else its default,
    /// as the platform resolves them: https://learn.microsoft.com/power-apps/maker/data-platform/environmentvariables),
    /// overridden key by key by the step's own unsecure configuration. A variable the step overrides is not read.
    /// </summary>
    internal static class LayeredConfiguration
    {
        /// <summary>
        /// The merged configuration object, or null with <paramref name="error"/> naming the variable and what is wrong.
        /// <paramref name="check"/> validates a configuration object and returns what is wrong with it, or null.
        /// </summary>
        public static JsonNode? Merge(IReadOnlyList<EnvironmentSetting> settings, Func<EnvironmentSetting, string?> effectiveValue,
            JsonNode? step, Func<JsonNode, string?> check, out string? error)
        {
            var stepMembers = step?.Members ?? new KeyValuePair<string, JsonNode>[0];
            var members = new List<KeyValuePair<string, JsonNode>>();
            var fromVariables = new List<KeyValuePair<EnvironmentSetting, KeyValuePair<string, JsonNode>>>();
            foreach (var setting in settings)
            {
                var key = setting.ConfigurationKey;
                if (key == null || stepMembers.Any(m => m.Key == key))
                {
                    continue;
                }

                var raw = effectiveValue(setting);
                var node = ToNode(setting, string.IsNullOrWhiteSpace(raw) ? setting.DefaultValue : raw!, out var problem);
                if (problem != null)
                {
                    error = Invalid(setting, problem);
                    return null;
                }

                var member = new KeyValuePair<string, JsonNode>(key, node ?? JsonNode.Literal(JsonKind.Null));
                members.Add(member);
                fromVariables.Add(new KeyValuePair<EnvironmentSetting, KeyValuePair<string, JsonNode>>(setting, member));
            }

            members.AddRange(stepMembers);
            var merged = JsonNode.Object(members);
            var mergedProblem = check(merged);
            if (mergedProblem == null)
            {
                // Checked once as a whole on every save; the members are checked one by one only to name a culprit.
                error = null;
                return merged;
            }

            foreach (var variable in fromVariables)
            {
                var problem = check(JsonNode.Object(new[] { variable.Value }));
                if (problem != null)
                {
                    error = Invalid(variable.Key, problem);
                    return null;
                }
            }

            error = "The step configuration is not valid: " + mergedProblem + ". Fix the step's unsecure configuration.";
            return null;
        }

        /// <summary>The message a save is refused with when a variable's value is wrong.</summary>
        public static string Invalid(EnvironmentSetting setting, string problem) =>
            "The environment variable " + setting.SchemaName + " is not valid: " + problem + ". Fix its current value " +
            "(Power Apps > Solutions > Environment variables), or remove the current value to use the default.";

        /// <summary>A variable's text as the JSON value the step configuration would hold, or null with <paramref name="problem"/>.</summary>
        public static JsonNode? ToNode(EnvironmentSetting setting, string value, out string? problem)
        {
            problem = null;
            var text = value.Trim();
            switch (setting.Type)
            {
                case SettingType.Boolean:
                    // The maker portal stores Yes/No values as "yes" and "no"; true/false are accepted from scripts.
                    switch (text.ToLowerInvariant())
                    {
                        case "yes": case "true": return JsonNode.Literal(JsonKind.True);
                        case "no": case "false": return JsonNode.Literal(JsonKind.False);
                    }

                    problem = "a Yes/No value must be yes or no, not '" + Shorten(text) + "'";
                    return null;
                case SettingType.Number:
                    if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    {
                        return JsonNode.Number(text);
                    }

                    problem = "a Number value must be a number such as 0.25, not '" + Shorten(text) + "'";
                    return null;
                case SettingType.Json:
                    try
                    {
                        return StrictJsonReader.Parse(text);
                    }
                    catch (JsonSyntaxException e)
                    {
                        problem = "its value is not valid JSON: " + e.Message;
                        return null;
                    }

                default:
                    return JsonNode.String(value);
            }
        }

        private static string Shorten(string text) => text.Length > 40 ? text.Substring(0, 40) + "…" : text;
    }
}
