using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Configuration;
using DataverseFunnel.Plugins.Bowtie.Settings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.Plugins
{
    /// <summary>Reads a configuration object: the options, or what is wrong with it (then <paramref name="options"/> is null).</summary>
    internal delegate string? ConfigurationReader<T>(JsonNode root, out T? options) where T : class;

    /// <summary>
    /// The solution's environment variables as the steps see them: each definition's current value
    /// (environmentvariablevalue.value), else its default (environmentvariabledefinition.defaultvalue), else the
    /// default the solution ships when the definition is missing. One query (definitions with their values, an outer
    /// join) per request: the values are kept in the SharedVariables, which later stages and the requests this one
    /// starts see through ParentContext. Read as SYSTEM: the admin's settings apply whatever the seller may read.
    /// Tables: https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition
    /// and …/environmentvariablevalue.
    /// </summary>
    internal static class EnvironmentValues
    {
        internal const string CacheKey = "DataverseFunnel.EnvironmentVariables";
        private const string Definition = "environmentvariabledefinition";
        private const string Value = "environmentvariablevalue";
        private const string ValueAlias = "current";

        /// <summary>
        /// The step's options: the variables of <paramref name="settings"/> (their effective <paramref name="values"/>)
        /// overridden by the step's own configuration (<paramref name="step"/>). An invalid variable refuses the save, naming it.
        /// </summary>
        public static T Options<T>(IReadOnlyDictionary<string, string?> values, IReadOnlyList<EnvironmentSetting> settings, JsonNode? step, ConfigurationReader<T> read)
            where T : class
        {
            T? options = null;
            // On success the only object checked is the merged one, so the options read by that check are the result.
            var merged = LayeredConfiguration.Merge(settings, s => values.TryGetValue(s.SchemaName, out var v) ? v : null, step,
                root => read(root, out options), out var error);
            if (merged == null || options == null)
            {
                throw new InvalidPluginExecutionException(error ?? "The bowtie settings could not be read.");
            }

            return options;
        }

        /// <summary>Schema name → effective value (absent when neither a current nor a default value is set).</summary>
        public static IReadOnlyDictionary<string, string?> Read(LocalPluginContext local)
        {
            for (var context = local.Context; context != null; context = context.ParentContext)
            {
                if (context.SharedVariables.Contains(CacheKey) && context.SharedVariables[CacheKey] is Entity cached)
                {
                    return cached.Attributes.ToDictionary(a => a.Key, a => a.Value as string, StringComparer.Ordinal);
                }
            }

            var query = new QueryExpression(Definition) { ColumnSet = new ColumnSet("schemaname", "defaultvalue") };
            query.Criteria.AddCondition("schemaname", ConditionOperator.In, EnvironmentSettings.All.Select(s => (object)s.SchemaName).ToArray());
            var link = query.AddLink(Value, "environmentvariabledefinitionid", "environmentvariabledefinitionid", JoinOperator.LeftOuter);
            link.EntityAlias = ValueAlias;
            link.Columns = new ColumnSet("value");
            var found = new Entity(Definition);
            foreach (var row in local.SystemService.RetrieveMultiple(query).Entities)
            {
                var name = row.GetAttributeValue<string>("schemaname");
                if (name == null)
                {
                    continue;
                }

                // A definition with several value rows (one per join row): the first non-empty current value wins.
                var current = row.GetAttributeValue<AliasedValue>(ValueAlias + ".value")?.Value as string;
                var effective = !string.IsNullOrEmpty(current) ? current : found.Contains(name) ? found[name] as string : row.GetAttributeValue<string>("defaultvalue");
                if (effective != null)
                {
                    found[name] = effective;
                }
            }

            local.Context.SharedVariables[CacheKey] = found;
            local.Trace("Environment variables read: " + found.Attributes.Count + " defined");
            return found.Attributes.ToDictionary(a => a.Key, a => a.Value as string, StringComparer.Ordinal);
        }
    }
}
