using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the response of Create.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class CreateResponse : OrganizationResponse
    {
        /// <summary>Initializes an empty response.</summary>
        public CreateResponse()
        {
        }

        /// <summary>The id of the created record.</summary>
        public Guid id => Results.Contains("id") ? (Guid)Results["id"] : default;
    }
}
