using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Metadata;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the response from RetrieveAllEntitiesRequest (learn: microsoft.xrm.sdk.messages.retrieveallentitiesresponse).</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class RetrieveAllEntitiesResponse : OrganizationResponse
    {
        /// <summary>Initializes an empty response.</summary>
        public RetrieveAllEntitiesResponse()
        {
        }

        /// <summary>The metadata of every entity (result key "EntityMetadata").</summary>
        public EntityMetadata[]? EntityMetadata => Results.Contains("EntityMetadata") ? (EntityMetadata[]?)Results["EntityMetadata"] : null;

        /// <summary>A time stamp that represents the time when the data was retrieved (result key "Timestamp").</summary>
        public string? Timestamp => Results.Contains("Timestamp") ? (string?)Results["Timestamp"] : null;
    }
}
