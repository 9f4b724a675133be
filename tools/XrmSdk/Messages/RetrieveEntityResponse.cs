using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Metadata;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the response from RetrieveEntityRequest (learn: microsoft.xrm.sdk.messages.retrieveentityresponse).</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class RetrieveEntityResponse : OrganizationResponse
    {
        /// <summary>Initializes an empty response.</summary>
        public RetrieveEntityResponse()
        {
        }

        /// <summary>The metadata for the requested entity (result key "EntityMetadata").</summary>
        public EntityMetadata? EntityMetadata => Results.Contains("EntityMetadata") ? (EntityMetadata?)Results["EntityMetadata"] : null;
    }
}
