using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Adds the environment and tenant to the plug-in execution context.</summary>
    public interface IPluginExecutionContext6 : IPluginExecutionContext5
    {
        /// <summary>The environment id.</summary>
        string EnvironmentId { get; }
        /// <summary>The Azure AD tenant id.</summary>
        Guid TenantId { get; }
    }
}
