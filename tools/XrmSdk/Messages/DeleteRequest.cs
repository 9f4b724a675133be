using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the data to delete a record.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class DeleteRequest : OrganizationRequest
    {
        /// <summary>Initializes the request with RequestName "Delete".</summary>
        public DeleteRequest()
        {
            RequestName = "Delete";
            Target = null;
        }

        /// <summary>The record to delete.</summary>
        public EntityReference? Target
        {
            get => Parameters.Contains("Target") ? (EntityReference?)Parameters["Target"] : null;
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
