namespace Microsoft.Xrm.Sdk
{
    /// <summary>Adds the initiating user agent to the plug-in execution context.</summary>
    public interface IPluginExecutionContext5 : IPluginExecutionContext4
    {
        /// <summary>The user agent of the client that initiated the request.</summary>
        string InitiatingUserAgent { get; }
    }
}
