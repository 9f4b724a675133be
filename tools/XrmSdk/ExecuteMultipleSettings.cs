using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Settings that define whether execution continues after a fault and whether responses are returned.</summary>
    [DataContract(Name = "ExecuteMultipleSettings", Namespace = XrmContracts.V2012)]
    public sealed class ExecuteMultipleSettings : IExtensibleDataObject
    {
        /// <summary>Initializes the settings (both false).</summary>
        public ExecuteMultipleSettings()
        {
        }

        /// <summary>Whether the remaining requests run after one faults.</summary>
        [DataMember]
        public bool ContinueOnError { get; set; }

        /// <summary>Whether the responses of successful requests are returned.</summary>
        [DataMember]
        public bool ReturnResponses { get; set; }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }
    }
}
