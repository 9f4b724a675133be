namespace Microsoft.Xrm.Sdk.PluginTelemetry
{
    /// <summary>Defines logging severity levels.</summary>
#pragma warning disable CS1591 // the member names are the documentation
    public enum LogLevel
    {
        Trace = 0,
        Debug = 1,
        Information = 2,
        Warning = 3,
        Error = 4,
        Critical = 5,
        None = 6,
    }
#pragma warning restore CS1591
}
