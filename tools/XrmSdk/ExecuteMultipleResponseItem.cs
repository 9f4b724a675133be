using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Contains the response from execution of one request of an ExecuteMultipleRequest.</summary>
    [DataContract(Name = "ExecuteMultipleResponseItem", Namespace = XrmContracts.V2012)]
    public sealed class ExecuteMultipleResponseItem : IExtensibleDataObject
    {
        /// <summary>Initializes an empty item.</summary>
        public ExecuteMultipleResponseItem()
        {
        }

        /// <summary>The fault the request raised, if any.</summary>
        [DataMember]
        public OrganizationServiceFault? Fault { get; set; }

        /// <summary>The position of the request in ExecuteMultipleRequest.Requests.</summary>
        [DataMember]
        public int RequestIndex { get; set; }

        /// <summary>The response of the request, when responses are returned.</summary>
        [DataMember]
        public OrganizationResponse? Response { get; set; }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }
    }
}
