using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the response of CreateMultiple.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class CreateMultipleResponse : OrganizationResponse
    {
        /// <summary>Initializes an empty response.</summary>
        public CreateMultipleResponse()
        {
        }

        /// <summary>The ids of the created records, in order.</summary>
        public Guid[]? Ids => Results.Contains("Ids") ? (Guid[]?)Results["Ids"] : null;
    }
}
