using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Metadata
{
    /// <summary>Specifies the type of ownership for an entity (learn: microsoft.xrm.sdk.metadata.ownershiptypes).</summary>
    [Flags]
    [DataContract(Name = "OwnershipTypes", Namespace = XrmContracts.Metadata)]
    public enum OwnershipTypes
    {
        /// <summary>The entity does not have an owner.</summary>
        [EnumMember]
        None = 0,

        /// <summary>The entity is owned by a system user.</summary>
        [EnumMember]
        UserOwned = 1,

        /// <summary>The entity is owned by a team (internal use only).</summary>
        [EnumMember]
        TeamOwned = 2,

        /// <summary>The entity is owned by a business unit (internal use only).</summary>
        [EnumMember]
        BusinessOwned = 4,

        /// <summary>The entity is owned by an organization.</summary>
        [EnumMember]
        OrganizationOwned = 8,

        /// <summary>The entity is parented by a business unit (internal use only).</summary>
        [EnumMember]
        BusinessParented = 16,

        /// <summary>The data access privilege is based on a filter.</summary>
        [EnumMember]
        Filtered = 32,
    }
}
