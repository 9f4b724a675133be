using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Metadata;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the data that is needed to retrieve entity metadata (learn: microsoft.xrm.sdk.messages.retrieveentityrequest).</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class RetrieveEntityRequest : OrganizationRequest
    {
        /// <summary>Initializes the request with RequestName "RetrieveEntity".</summary>
        public RetrieveEntityRequest()
        {
            RequestName = "RetrieveEntity";
        }

        /// <summary>How much data for the entity is retrieved. Required.</summary>
        public EntityFilters EntityFilters
        {
            get => Parameters.Contains("EntityFilters") ? (EntityFilters)Parameters["EntityFilters"] : default;
            set => Parameters["EntityFilters"] = value;
        }

        /// <summary>The logical name of the entity to retrieve. Optional when MetadataId is set.</summary>
        public string? LogicalName
        {
            get => Parameters.Contains("LogicalName") ? (string?)Parameters["LogicalName"] : null;
            set => Parameters["LogicalName"] = value!;
        }

        /// <summary>The unique identifier of the entity. Optional when LogicalName is set.</summary>
        public Guid MetadataId
        {
            get => Parameters.Contains("MetadataId") ? (Guid)Parameters["MetadataId"] : default;
            set => Parameters["MetadataId"] = value;
        }

        /// <summary>Whether to retrieve the metadata that has not been published. Required.</summary>
        public bool RetrieveAsIfPublished
        {
            get => Parameters.Contains("RetrieveAsIfPublished") && (bool)Parameters["RetrieveAsIfPublished"];
            set => Parameters["RetrieveAsIfPublished"] = value;
        }
    }
}
