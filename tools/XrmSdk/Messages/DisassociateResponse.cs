using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the response of Disassociate.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class DisassociateResponse : OrganizationResponse
    {
        /// <summary>Initializes an empty response.</summary>
        public DisassociateResponse()
        {
        }
    }
}
