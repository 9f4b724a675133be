using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the data to create several records of one table.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class CreateMultipleRequest : OrganizationRequest
    {
        /// <summary>Initializes the request with RequestName "CreateMultiple".</summary>
        public CreateMultipleRequest()
        {
            RequestName = "CreateMultiple";
            Targets = null;
        }

        /// <summary>The records to create (EntityName must be set).</summary>
        public EntityCollection? Targets
        {
            get => Parameters.Contains("Targets") ? (EntityCollection?)Parameters["Targets"] : null;
            set => Parameters["Targets"] = value!;
        }
    }
}
