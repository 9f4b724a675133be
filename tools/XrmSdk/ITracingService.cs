namespace Microsoft.Xrm.Sdk
{
    /// <summary>Provides a method of logging run-time trace information for plug-ins.</summary>
    public interface ITracingService
    {
        /// <summary>Logs trace information.</summary>
        void Trace(string format, params object[] args);
    }
}
