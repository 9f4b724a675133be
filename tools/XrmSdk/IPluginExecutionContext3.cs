using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Adds the authenticated user to the plug-in execution context.</summary>
    public interface IPluginExecutionContext3 : IPluginExecutionContext2
    {
        /// <summary>The id of the authenticated user.</summary>
        Guid AuthenticatedUserId { get; }
    }
}
