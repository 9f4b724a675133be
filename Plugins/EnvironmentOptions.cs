using System;
using System.Collections.Generic;
using System.Threading;
using DataverseFunnel.Plugins.Bowtie.Configuration;
using DataverseFunnel.Plugins.Bowtie.Settings;

namespace DataverseFunnel.Plugins
{
    /// <summary>
    /// One step's options from the environment variables, rebuilt only when the variables' values change. The values
    /// are read on every request (one query, <see cref="EnvironmentValues"/>); merging and validating the same values
    /// again (JSON exit criteria and all) cost most of a stage move. A plugin instance is shared by concurrent
    /// executions, so the last result is one immutable entry replaced whole; an invalid value is never kept and is
    /// refused on every save.
    /// </summary>
    internal sealed class EnvironmentOptions<T> where T : class
    {
        private readonly IReadOnlyList<EnvironmentSetting> _settings;
        private readonly JsonNode? _step;
        private readonly ConfigurationReader<T> _read;
        private Resolved? _last;

        public EnvironmentOptions(IReadOnlyList<EnvironmentSetting> settings, JsonNode? step, ConfigurationReader<T> read)
        {
            _settings = settings;
            _step = step;
            _read = read;
        }

        /// <summary>The options for this request: the variables' current values overridden by the step's configuration.</summary>
        public T For(LocalPluginContext local)
        {
            var values = EnvironmentValues.Read(local);
            var last = Volatile.Read(ref _last);
            if (last != null && last.IsFor(values, _settings))
            {
                return last.Options;
            }

            var options = EnvironmentValues.Options(values, _settings, _step, _read);
            Volatile.Write(ref _last, new Resolved(_settings, values, options));
            return options;
        }

        private sealed class Resolved
        {
            private readonly string?[] _values;

            public Resolved(IReadOnlyList<EnvironmentSetting> settings, IReadOnlyDictionary<string, string?> values, T options)
            {
                _values = new string?[settings.Count];
                for (var i = 0; i < settings.Count; i++)
                {
                    _values[i] = ValueOf(values, settings[i]);
                }

                Options = options;
            }

            public T Options { get; }

            public bool IsFor(IReadOnlyDictionary<string, string?> values, IReadOnlyList<EnvironmentSetting> settings)
            {
                for (var i = 0; i < settings.Count; i++)
                {
                    if (!string.Equals(_values[i], ValueOf(values, settings[i]), StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            }

            private static string? ValueOf(IReadOnlyDictionary<string, string?> values, EnvironmentSetting setting) =>
                values.TryGetValue(setting.SchemaName, out var value) ? value : null;
        }
    }
}
