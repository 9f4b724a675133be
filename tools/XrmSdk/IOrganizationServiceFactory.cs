using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Represents a factory for creating organization services.</summary>
    public interface IOrganizationServiceFactory
    {
        /// <summary>Null means SYSTEM; Guid.Empty means the calling user (IExecutionContext.UserId).</summary>
        IOrganizationService CreateOrganizationService(Guid? userId);
    }
}
