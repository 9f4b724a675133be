using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the response of Retrieve.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class RetrieveResponse : OrganizationResponse
    {
        /// <summary>Initializes an empty response.</summary>
        public RetrieveResponse()
        {
        }

        /// <summary>The retrieved record (result key "BusinessEntity").</summary>
        public Entity? Entity => Results.Contains("BusinessEntity") ? (Entity?)Results["BusinessEntity"] : null;
    }
}
