using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Metadata
{
    /// <summary>Specifies the base class for classes that contain metadata information (learn: microsoft.xrm.sdk.metadata.metadatabase).</summary>
    [DataContract(Name = "MetadataBase", Namespace = XrmContracts.Metadata)]
    [KnownType(typeof(AttributeMetadata))]
    [KnownType(typeof(EntityMetadata))]
    public abstract class MetadataBase : IExtensibleDataObject
    {
        /// <summary>Initializes a new instance.</summary>
        protected MetadataBase()
        {
        }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }

        /// <summary>Whether the item changed since a previous metadata query; null outside RetrieveMetadataChanges results.</summary>
        [DataMember(Order = 60)]
        public bool? HasChanged { get; set; }

        /// <summary>The unique identifier of the metadata item.</summary>
        [DataMember]
        public Guid? MetadataId { get; set; }
    }
}
