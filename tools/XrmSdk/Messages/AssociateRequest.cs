using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the data to link records through a relationship.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class AssociateRequest : OrganizationRequest
    {
        /// <summary>Initializes the request with RequestName "Associate".</summary>
        public AssociateRequest()
        {
            RequestName = "Associate";
            Target = null;
            Relationship = null;
            RelatedEntities = null;
        }

        /// <summary>The record to link from.</summary>
        public EntityReference? Target
        {
            get => Parameters.Contains("Target") ? (EntityReference?)Parameters["Target"] : null;
            set => Parameters["Target"] = value!;
        }

        /// <summary>The relationship.</summary>
        public Relationship? Relationship
        {
            get => Parameters.Contains("Relationship") ? (Relationship?)Parameters["Relationship"] : null;
            set => Parameters["Relationship"] = value!;
        }

        /// <summary>The records to link to.</summary>
        public EntityReferenceCollection? RelatedEntities
        {
            get => Parameters.Contains("RelatedEntities") ? (EntityReferenceCollection?)Parameters["RelatedEntities"] : null;
            set => Parameters["RelatedEntities"] = value!;
        }
    }
}
