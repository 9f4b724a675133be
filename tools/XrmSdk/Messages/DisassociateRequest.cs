using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the data to remove links between records.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class DisassociateRequest : OrganizationRequest
    {
        /// <summary>Initializes the request with RequestName "Disassociate".</summary>
        public DisassociateRequest()
        {
            RequestName = "Disassociate";
            Target = null;
            Relationship = null;
            RelatedEntities = null;
        }

        /// <summary>The record to unlink from.</summary>
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

        /// <summary>The records to unlink.</summary>
        public EntityReferenceCollection? RelatedEntities
        {
            get => Parameters.Contains("RelatedEntities") ? (EntityReferenceCollection?)Parameters["RelatedEntities"] : null;
            set => Parameters["RelatedEntities"] = value!;
        }
    }
}
