using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Metadata
{
    /// <summary>Contains the metadata for an attribute of type lookup (learn: microsoft.xrm.sdk.metadata.lookupattributemetadata).</summary>
    [DataContract(Name = "LookupAttributeMetadata", Namespace = XrmContracts.Metadata)]
    public sealed class LookupAttributeMetadata : AttributeMetadata
    {
        /// <summary>Initializes a new instance.</summary>
        public LookupAttributeMetadata()
        {
        }

        /// <summary>The logical names of the tables the lookup may reference.</summary>
        [DataMember]
        public string[]? Targets { get; set; }
    }
}
