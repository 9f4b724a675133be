namespace DataverseFunnel.Plugins.Bowtie.Settings
{
    /// <summary>
    /// One environment variable the solution ships: its schema name, type, default value and the step configuration
    /// key it stands for (the step's own unsecure configuration still overrides it for that one step).
    /// </summary>
    internal sealed class EnvironmentSetting
    {
        public EnvironmentSetting(string schemaName, SettingType type, string defaultValue, string? configurationKey, string displayName, string description)
        {
            SchemaName = schemaName;
            Type = type;
            DefaultValue = defaultValue;
            ConfigurationKey = configurationKey;
            DisplayName = displayName;
            Description = description;
        }

        public string SchemaName { get; }

        public SettingType Type { get; }

        /// <summary>The definition's default value, as the solution ships it (Boolean as "yes"/"no").</summary>
        public string DefaultValue { get; }

        /// <summary>The step configuration key this variable sets; null when no plugin step reads it (conversion targets).</summary>
        public string? ConfigurationKey { get; }

        public string DisplayName { get; }

        public string Description { get; }
    }
}
