using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Adds Azure AD and portal identities to the plug-in execution context.</summary>
    public interface IPluginExecutionContext2 : IPluginExecutionContext
    {
        /// <summary>The Azure AD object id of the user.</summary>
        Guid UserAzureActiveDirectoryObjectId { get; }
        /// <summary>The Azure AD object id of the initiating user.</summary>
        Guid InitiatingUserAzureActiveDirectoryObjectId { get; }
        /// <summary>The application id of the initiating user; empty when not an application user.</summary>
        Guid InitiatingUserApplicationId { get; }
        /// <summary>The portal contact id, for portal calls.</summary>
        Guid PortalsContactId { get; }
        /// <summary>Whether the call came from a portal client.</summary>
        bool IsPortalsClientCall { get; }
    }
}
