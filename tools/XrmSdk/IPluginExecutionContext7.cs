namespace Microsoft.Xrm.Sdk
{
    /// <summary>Adds whether the calling user is an application user.</summary>
    public interface IPluginExecutionContext7 : IPluginExecutionContext6
    {
        /// <summary>Whether the user is an application user.</summary>
        bool IsApplicationUser { get; }
    }
}
