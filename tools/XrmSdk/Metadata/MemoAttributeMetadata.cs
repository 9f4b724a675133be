using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Metadata
{
    /// <summary>Contains the metadata for an attribute of type Memo (learn: microsoft.xrm.sdk.metadata.memoattributemetadata).</summary>
    [DataContract(Name = "MemoAttributeMetadata", Namespace = XrmContracts.Metadata)]
    public sealed class MemoAttributeMetadata : AttributeMetadata
    {
        /// <summary>Initializes a new instance.</summary>
        public MemoAttributeMetadata()
        {
        }

        /// <summary>The maximum length of the attribute.</summary>
        [DataMember]
        public int? MaxLength { get; set; }
    }
}
