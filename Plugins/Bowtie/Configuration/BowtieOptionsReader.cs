using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Configuration
{
    /// <summary>
    /// Reads the bowtie steps' unsecure configuration. Empty means the defaults. Example:
    /// <code>
    /// {
    ///   "allowSkip": false,
    ///   "allowLaterStageOnCreate": true,
    ///   "allowRecycle": true,
    ///   "requireReasonForReactivation": false,
    ///   "exitCriteria": { "Selling": { "allOf": ["Trade"] }, "Marketing": {} },
    ///   "historyCorrectors": ["00000000-0000-0000-0000-000000000001"]
    /// }
    /// </code>
    /// Processes not listed in <c>exitCriteria</c> keep their defaults; <c>{}</c> means "nothing needed".
    /// Unknown keys, wrong types and unknown process or task names are reported by name.
    /// </summary>
    internal static class BowtieOptionsReader
    {
        public const string AllowSkip = "allowSkip";
        public const string AllowLaterStageOnCreate = "allowLaterStageOnCreate";
        public const string AllowRecycle = "allowRecycle";
        public const string RequireReasonForReactivation = "requireReasonForReactivation";
        public const string ExitCriteria = "exitCriteria";
        public const string HistoryCorrectors = "historyCorrectors";

        private static readonly string[] KnownKeys =
            { AllowSkip, AllowLaterStageOnCreate, AllowRecycle, RequireReasonForReactivation, ExitCriteria, HistoryCorrectors };

        public static OptionsReadResult Read(string? configuration)
        {
            if (string.IsNullOrWhiteSpace(configuration))
            {
                return OptionsReadResult.Success(BowtieOptions.Default);
            }

            var root = StrictJsonReader.ParseObject(configuration!, "{\"allowSkip\": false}", out var invalid);
            if (root == null)
            {
                return Fail(invalid!);
            }

            var error = TryRead(root, out var options);
            return error == null ? OptionsReadResult.Success(options!) : Fail(error);
        }

        /// <summary>Reads a configuration object: the options, or what is wrong (then <paramref name="options"/> is null).</summary>
        public static string? TryRead(JsonNode root, out BowtieOptions? options)
        {
            options = null;
            var defaults = BowtieOptions.Default;
            bool allowSkip = defaults.AllowSkip, allowLater = defaults.AllowLaterStageOnCreate;
            bool allowRecycle = defaults.AllowRecycle, reactivationReason = defaults.RequireReasonForReactivation;
            var criteria = new Dictionary<string, ExitCriterion>(defaults.ExitCriteria.ToDictionary(p => p.Key, p => p.Value));
            var correctors = new List<Guid>();

            foreach (var member in root.Members)
            {
                string? error;
                switch (member.Key)
                {
                    case AllowSkip: error = ReadBool(member, ref allowSkip); break;
                    case AllowLaterStageOnCreate: error = ReadBool(member, ref allowLater); break;
                    case AllowRecycle: error = ReadBool(member, ref allowRecycle); break;
                    case RequireReasonForReactivation: error = ReadBool(member, ref reactivationReason); break;
                    case ExitCriteria: error = ReadCriteria(member.Value, criteria); break;
                    case HistoryCorrectors: error = ReadCorrectors(member.Value, correctors); break;
                    default:
                        error = UnknownKey.Message(member.Key, KnownKeys);
                        break;
                }

                if (error != null)
                {
                    return error;
                }
            }

            options = new BowtieOptions(allowSkip, allowLater, allowRecycle, reactivationReason, criteria, correctors);
            return null;
        }

        private static OptionsReadResult Fail(string detail) =>
            OptionsReadResult.Failure("The bowtie step configuration is not valid: " + detail +
                ". Fix the step's unsecure configuration (or leave it empty for the defaults).");

        private static string? ReadBool(KeyValuePair<string, JsonNode> member, ref bool value)
        {
            switch (member.Value.Kind)
            {
                case JsonKind.True: value = true; return null;
                case JsonKind.False: value = false; return null;
                default: return "'" + member.Key + "' must be true or false, not " + member.Value.Describe();
            }
        }

        private static string? ReadCriteria(JsonNode node, IDictionary<string, ExitCriterion> criteria)
        {
            if (node.Kind != JsonKind.Object)
            {
                return "'" + ExitCriteria + "' must be an object keyed by process name, not " + node.Describe();
            }

            foreach (var member in node.Members)
            {
                var path = ExitCriteria + "." + member.Key;
                var process = BowtieModel.Processes.FirstOrDefault(p => string.Equals(p.Name, member.Key, StringComparison.OrdinalIgnoreCase));
                if (process == null)
                {
                    return "unknown process '" + path + "'; the processes are " + string.Join(", ", BowtieModel.Processes.Select(p => p.Name));
                }

                if (member.Value.Kind != JsonKind.Object || member.Value.Members.Count > 1)
                {
                    return "'" + path + "' must be {} (nothing needed), {\"anyOf\": [tasks]} or {\"allOf\": [tasks]}, not " + member.Value.Describe();
                }

                if (member.Value.Members.Count == 0)
                {
                    criteria[process.Name] = ExitCriterion.None;
                    continue;
                }

                var rule = member.Value.Members[0];
                if (rule.Key != "anyOf" && rule.Key != "allOf")
                {
                    return "unknown key '" + path + "." + rule.Key + "'; use anyOf or allOf";
                }

                var tasks = new List<BowtieTask>();
                var error = ReadTasks(path + "." + rule.Key, rule.Value, process, tasks);
                if (error != null)
                {
                    return error;
                }

                criteria[process.Name] = rule.Key == "anyOf" ? ExitCriterion.AnyOf(tasks.ToArray()) : ExitCriterion.AllOf(tasks.ToArray());
            }

            return null;
        }

        private static string? ReadTasks(string path, JsonNode node, ProcessInfo process, List<BowtieTask> tasks)
        {
            if (node.Kind != JsonKind.Array)
            {
                return "'" + path + "' must be a list of task names, not " + node.Describe();
            }

            for (var i = 0; i < node.Items.Count; i++)
            {
                var item = node.Items[i];
                var task = item.Kind == JsonKind.String ? FindTask(item.Text!) : null;
                if (task == null)
                {
                    return "'" + ItemPath(path, i) + "' is " + item.Describe() + ", not a task of " + process.Name + " (" + TaskNames(process) + ")";
                }

                if (!process.Tasks.Contains(task))
                {
                    return "'" + ItemPath(path, i) + "' is " + task.Label + ", which is not a task of " + process.Name + " (" + TaskNames(process) + ")";
                }

                tasks.Add(task.Task);
            }

            return null;
        }

        private static string ItemPath(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

        private static string TaskNames(ProcessInfo process) => string.Join(", ", process.Tasks.Select(t => t.Label));

        // Each task by its simplified label and enum name: the rules are read on every save, so the names are simplified once.
        private static readonly IReadOnlyDictionary<string, TaskInfo> TasksByName = BowtieModel.Tasks
            .SelectMany(t => new[] { new KeyValuePair<string, TaskInfo>(Simplify(t.Label), t), new KeyValuePair<string, TaskInfo>(Simplify(t.Task.ToString()), t) })
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

        private static TaskInfo? FindTask(string name) => TasksByName.TryGetValue(Simplify(name), out var task) ? task : null;

        private static string Simplify(string name) =>
            new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

        private static string? ReadCorrectors(JsonNode node, List<Guid> correctors)
        {
            if (node.Kind != JsonKind.Array)
            {
                return "'" + HistoryCorrectors + "' must be a list of user ids, not " + node.Describe();
            }

            for (var i = 0; i < node.Items.Count; i++)
            {
                var item = node.Items[i];
                if (item.Kind != JsonKind.String || !Guid.TryParse(item.Text, out var id))
                {
                    return "'" + HistoryCorrectors + "[" + i.ToString(CultureInfo.InvariantCulture) + "]' must be a user id (a GUID in quotes), not " + item.Describe();
                }

                correctors.Add(id);
            }

            return null;
        }
    }
}
