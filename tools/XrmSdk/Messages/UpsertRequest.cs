using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the data to insert or update a record.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class UpsertRequest : OrganizationRequest
    {
        /// <summary>Initializes the request with RequestName "Upsert".</summary>
        public UpsertRequest()
        {
            RequestName = "Upsert";
            Target = null;
        }

        /// <summary>The record to create, or to update when one with its id (or key) exists.</summary>
        public Entity? Target
        {
            get => Parameters.Contains("Target") ? (Entity?)Parameters["Target"] : null;
            set => Parameters["Target"] = value!;
        }
    }
}
