using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the response of RetrieveMultiple.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class RetrieveMultipleResponse : OrganizationResponse
    {
        /// <summary>Initializes an empty response.</summary>
        public RetrieveMultipleResponse()
        {
        }

        /// <summary>The records found (result key "BusinessEntityCollection").</summary>
        public EntityCollection? EntityCollection => Results.Contains("BusinessEntityCollection") ? (EntityCollection?)Results["BusinessEntityCollection"] : null;
    }
}
