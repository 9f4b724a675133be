using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Metadata
{
    /// <summary>Contains the metadata for an attribute of type String (learn: microsoft.xrm.sdk.metadata.stringattributemetadata).</summary>
    [DataContract(Name = "StringAttributeMetadata", Namespace = XrmContracts.Metadata)]
    public sealed class StringAttributeMetadata : AttributeMetadata
    {
        /// <summary>Initializes a new instance.</summary>
        public StringAttributeMetadata()
        {
        }

        /// <summary>The maximum length of the string.</summary>
        [DataMember]
        public int? MaxLength { get; set; }
    }
}
