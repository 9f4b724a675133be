using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the data to update a record.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class UpdateRequest : OrganizationRequest
    {
        /// <summary>Initializes the request with RequestName "Update".</summary>
        public UpdateRequest()
        {
            RequestName = "Update";
            Target = null;
        }

        /// <summary>The record with the columns to change.</summary>
        public Entity? Target
        {
            get => Parameters.Contains("Target") ? (Entity?)Parameters["Target"] : null;
            set => Parameters["Target"] = value!;
        }

        /// <summary>The optimistic-concurrency behaviour.</summary>
        public ConcurrencyBehavior ConcurrencyBehavior
        {
            get => Parameters.Contains("ConcurrencyBehavior") ? (ConcurrencyBehavior)Parameters["ConcurrencyBehavior"] : default;
            set => Parameters["ConcurrencyBehavior"] = value!;
        }
    }
}
