using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the response of Upsert.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class UpsertResponse : OrganizationResponse
    {
        /// <summary>Initializes an empty response.</summary>
        public UpsertResponse()
        {
        }

        /// <summary>True when the record was created, false when it was updated.</summary>
        public bool RecordCreated => Results.Contains("RecordCreated") && (bool)Results["RecordCreated"];

        /// <summary>The record that was created or updated.</summary>
        public EntityReference? Target => Results.Contains("Target") ? (EntityReference?)Results["Target"] : null;
    }
}
