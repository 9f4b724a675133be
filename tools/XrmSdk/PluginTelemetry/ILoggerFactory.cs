namespace Microsoft.Xrm.Sdk.PluginTelemetry
{
    /// <summary>Creates loggers for a log source.</summary>
    public interface ILoggerFactory
    {
        /// <summary>Creates a logger for the named log source.</summary>
        ILogger CreateInstance(string logSourceName);
    }
}
