using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the data to update several records of one table.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class UpdateMultipleRequest : OrganizationRequest
    {
        /// <summary>Initializes the request with RequestName "UpdateMultiple".</summary>
        public UpdateMultipleRequest()
        {
            RequestName = "UpdateMultiple";
            Targets = null;
        }

        /// <summary>The records to update (EntityName must be set).</summary>
        public EntityCollection? Targets
        {
            get => Parameters.Contains("Targets") ? (EntityCollection?)Parameters["Targets"] : null;
            set => Parameters["Targets"] = value!;
        }
    }
}
