using DataverseFunnel.Plugins.Bowtie.Configuration;

namespace DataverseFunnel.Plugins.Bowtie.Settings
{
    /// <summary>A step's unsecure configuration as the object that overrides the environment variables.</summary>
    internal static class StepConfiguration
    {
        /// <summary>The configuration's object once its reader has accepted it; null when it is empty or was refused.</summary>
        public static JsonNode? Root(string? configuration, bool isValid) =>
            isValid && !string.IsNullOrWhiteSpace(configuration) ? StrictJsonReader.Parse(configuration!) : null;
    }
}
