using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Messages;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A message request: a name plus parameters. Typed requests are thin wrappers over Parameters.</summary>
    [DataContract(Name = "OrganizationRequest", Namespace = XrmContracts.V2011)]
    [KnownType(typeof(OrganizationRequest))]
    [KnownType(typeof(CreateRequest))]
    [KnownType(typeof(RetrieveRequest))]
    [KnownType(typeof(UpdateRequest))]
    [KnownType(typeof(DeleteRequest))]
    [KnownType(typeof(RetrieveMultipleRequest))]
    [KnownType(typeof(AssociateRequest))]
    [KnownType(typeof(DisassociateRequest))]
    [KnownType(typeof(CreateMultipleRequest))]
    [KnownType(typeof(UpdateMultipleRequest))]
    [KnownType(typeof(UpsertRequest))]
    [KnownType(typeof(ExecuteMultipleRequest))]
    [KnownType(typeof(RetrieveEntityRequest))]
    [KnownType(typeof(RetrieveAllEntitiesRequest))]
    public class OrganizationRequest : IExtensibleDataObject
    {
        private ParameterCollection _parameters = new ParameterCollection();

        /// <summary>Initializes a request without a name.</summary>
        public OrganizationRequest()
        {
        }

        /// <summary>Initializes a request for the named message.</summary>
        public OrganizationRequest(string requestName)
        {
            RequestName = requestName;
        }

        /// <summary>The request parameters, keyed by parameter name (e.g. "Target").</summary>
        [DataMember]
        public ParameterCollection Parameters
        {
            get => _parameters;
            set => _parameters = value ?? new ParameterCollection();
        }

        /// <summary>The id of the request, when set by the caller.</summary>
        [DataMember]
        public Guid? RequestId { get; set; }

        /// <summary>The message name ("Create", "Update"…).</summary>
        [DataMember]
        public string RequestName { get; set; } = null!;

        /// <summary>Gets or sets a parameter; the getter throws KeyNotFoundException when absent.</summary>
        public object this[string parameterName]
        {
            get => Parameters[parameterName];
            set => Parameters[parameterName] = value;
        }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }
    }
}
