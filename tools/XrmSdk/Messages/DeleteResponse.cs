using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the response of Delete.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class DeleteResponse : OrganizationResponse
    {
        /// <summary>Initializes an empty response.</summary>
        public DeleteResponse()
        {
        }
    }
}
