using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the data to create a record.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class CreateRequest : OrganizationRequest
    {
        /// <summary>Initializes the request with RequestName "Create".</summary>
        public CreateRequest()
        {
            RequestName = "Create";
            Target = null;
        }

        /// <summary>The record to create.</summary>
        public Entity? Target
        {
            get => Parameters.Contains("Target") ? (Entity?)Parameters["Target"] : null;
            set => Parameters["Target"] = value!;
        }
    }
}
