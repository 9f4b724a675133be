using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Metadata
{
    /// <summary>
    /// Contains the metadata for an entity attribute (learn: microsoft.xrm.sdk.metadata.attributemetadata). Setters the
    /// reference pages show as internal stay internal: the platform fills them, callers only read them.
    /// </summary>
    [DataContract(Name = "AttributeMetadata", Namespace = XrmContracts.Metadata)]
    [KnownType(typeof(LookupAttributeMetadata))]
    [KnownType(typeof(MemoAttributeMetadata))]
    [KnownType(typeof(StringAttributeMetadata))]
    public class AttributeMetadata : MetadataBase
    {
        /// <summary>Initializes a new instance.</summary>
        public AttributeMetadata()
        {
        }

        /// <summary>The type of the attribute.</summary>
        [DataMember]
        public AttributeTypeCode? AttributeType { get; internal set; }

        /// <summary>The logical name of the entity that contains the attribute.</summary>
        [DataMember]
        public string? EntityLogicalName { get; internal set; }

        /// <summary>Whether the attribute is a custom attribute.</summary>
        [DataMember]
        public bool? IsCustomAttribute { get; internal set; }

        /// <summary>Whether the attribute is the unique identifier of the record.</summary>
        [DataMember]
        public bool? IsPrimaryId { get; internal set; }

        /// <summary>Whether the attribute is the primary (name) attribute of the entity.</summary>
        [DataMember]
        public bool? IsPrimaryName { get; internal set; }

        /// <summary>The logical name of the attribute (the lower-case schema name).</summary>
        [DataMember]
        public string? LogicalName { get; set; }

        /// <summary>The schema name of the attribute.</summary>
        [DataMember]
        public string? SchemaName { get; set; }
    }
}
