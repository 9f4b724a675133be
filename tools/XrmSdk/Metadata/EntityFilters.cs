using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Metadata
{
    /// <summary>Describes the type of entity metadata to retrieve (learn: microsoft.xrm.sdk.metadata.entityfilters).</summary>
    [Flags]
    [DataContract(Name = "EntityFilters", Namespace = XrmContracts.Metadata)]
    public enum EntityFilters
    {
        /// <summary>Only entity information; equivalent to <see cref="Entity"/>.</summary>
        [EnumMember]
        Default = 1,

        /// <summary>Only entity information; equivalent to <see cref="Default"/>.</summary>
        [EnumMember]
        Entity = 1,

        /// <summary>Entity information plus attributes.</summary>
        [EnumMember]
        Attributes = 2,

        /// <summary>Entity information plus privileges.</summary>
        [EnumMember]
        Privileges = 4,

        /// <summary>Entity information plus relationships.</summary>
        [EnumMember]
        Relationships = 8,

        /// <summary>All data for an entity.</summary>
        [EnumMember]
        All = 15,
    }
}
