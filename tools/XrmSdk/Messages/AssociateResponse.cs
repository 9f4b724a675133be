using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the response of Associate.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class AssociateResponse : OrganizationResponse
    {
        /// <summary>Initializes an empty response.</summary>
        public AssociateResponse()
        {
        }
    }
}
