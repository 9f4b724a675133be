using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Metadata;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the data that is needed to retrieve metadata about all the entities (learn: microsoft.xrm.sdk.messages.retrieveallentitiesrequest).</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class RetrieveAllEntitiesRequest : OrganizationRequest
    {
        /// <summary>Initializes the request with RequestName "RetrieveAllEntities".</summary>
        public RetrieveAllEntitiesRequest()
        {
            RequestName = "RetrieveAllEntities";
        }

        /// <summary>How much data for each entity is retrieved. Required.</summary>
        public EntityFilters EntityFilters
        {
            get => Parameters.Contains("EntityFilters") ? (EntityFilters)Parameters["EntityFilters"] : default;
            set => Parameters["EntityFilters"] = value;
        }

        /// <summary>Whether to retrieve the metadata that has not been published. Required.</summary>
        public bool RetrieveAsIfPublished
        {
            get => Parameters.Contains("RetrieveAsIfPublished") && (bool)Parameters["RetrieveAsIfPublished"];
            set => Parameters["RetrieveAsIfPublished"] = value;
        }
    }
}
