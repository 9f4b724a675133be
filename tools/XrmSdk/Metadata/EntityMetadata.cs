using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Metadata
{
    /// <summary>
    /// Contains the metadata for an entity (learn: microsoft.xrm.sdk.metadata.entitymetadata). Setters the reference
    /// pages show as internal stay internal: the platform fills them, callers only read them.
    /// </summary>
    [DataContract(Name = "EntityMetadata", Namespace = XrmContracts.Metadata)]
    public sealed class EntityMetadata : MetadataBase
    {
        /// <summary>Initializes a new instance.</summary>
        public EntityMetadata()
        {
        }

        /// <summary>The attributes of the entity; null unless EntityFilters.Attributes was requested.</summary>
        [DataMember]
        public AttributeMetadata[]? Attributes { get; internal set; }

        /// <summary>The entity set name, used in the Web API resource path.</summary>
        [DataMember(Order = 72)]
        public string? EntitySetName { get; set; }

        /// <summary>Whether the entity is a custom entity.</summary>
        [DataMember]
        public bool? IsCustomEntity { get; internal set; }

        /// <summary>The logical collection name.</summary>
        [DataMember(Order = 71)]
        public string? LogicalCollectionName { get; internal set; }

        /// <summary>The logical name of the entity.</summary>
        [DataMember]
        public string? LogicalName { get; set; }

        /// <summary>The entity type code; it varies between organizations for custom entities.</summary>
        [DataMember]
        public int? ObjectTypeCode { get; internal set; }

        /// <summary>The type of ownership of the entity.</summary>
        [DataMember]
        public OwnershipTypes? OwnershipType { get; set; }

        /// <summary>The name of the attribute that is the primary id of the entity.</summary>
        [DataMember]
        public string? PrimaryIdAttribute { get; internal set; }

        /// <summary>The name of the primary (name) attribute of the entity.</summary>
        [DataMember]
        public string? PrimaryNameAttribute { get; internal set; }

        /// <summary>The schema name of the entity.</summary>
        [DataMember]
        public string? SchemaName { get; set; }
    }
}
