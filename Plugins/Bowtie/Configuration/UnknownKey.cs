using System;
using System.Linq;

namespace DataverseFunnel.Plugins.Bowtie.Configuration
{
    /// <summary>The one message every step configuration gives for a key it does not know.</summary>
    internal static class UnknownKey
    {
        public static string Message(string key, string[] knownKeys)
        {
            var close = knownKeys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
            return "unknown key '" + key + "'" + (close != null ? " (did you mean '" + close + "'?)" : string.Empty) +
                   "; the keys are " + string.Join(", ", knownKeys);
        }
    }
}
