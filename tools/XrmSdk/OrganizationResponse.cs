using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Messages;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A message response: a name plus results. Typed responses are thin wrappers over Results.</summary>
    [DataContract(Name = "OrganizationResponse", Namespace = XrmContracts.V2011)]
    [KnownType(typeof(OrganizationResponse))]
    [KnownType(typeof(CreateResponse))]
    [KnownType(typeof(RetrieveResponse))]
    [KnownType(typeof(UpdateResponse))]
    [KnownType(typeof(DeleteResponse))]
    [KnownType(typeof(RetrieveMultipleResponse))]
    [KnownType(typeof(AssociateResponse))]
    [KnownType(typeof(DisassociateResponse))]
    [KnownType(typeof(CreateMultipleResponse))]
    [KnownType(typeof(UpdateMultipleResponse))]
    [KnownType(typeof(UpsertResponse))]
    [KnownType(typeof(ExecuteMultipleResponse))]
    [KnownType(typeof(RetrieveEntityResponse))]
    [KnownType(typeof(RetrieveAllEntitiesResponse))]
    public class OrganizationResponse : IExtensibleDataObject
    {
        private ParameterCollection _results = new ParameterCollection();

        /// <summary>Initializes an empty response.</summary>
        public OrganizationResponse()
        {
        }

        /// <summary>The message name of the response.</summary>
        [DataMember]
        public string ResponseName { get; set; } = null!;

        /// <summary>The results, keyed by name (e.g. "id" for Create).</summary>
        [DataMember]
        public ParameterCollection Results
        {
            get => _results;
            set => _results = value ?? new ParameterCollection();
        }

        /// <summary>Gets or sets a result; the getter throws KeyNotFoundException when absent.</summary>
        public object this[string parameterName]
        {
            get => Results[parameterName];
            set => Results[parameterName] = value;
        }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }
    }
}
