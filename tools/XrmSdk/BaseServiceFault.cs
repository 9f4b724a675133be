using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The base of the service faults: error code, message, details and time.</summary>
    [DataContract(Name = "BaseServiceFault", Namespace = XrmContracts.V2011)]
    [KnownType(typeof(OrganizationServiceFault))]
    public class BaseServiceFault : IExtensibleDataObject
    {
        private ErrorDetailCollection _errorDetails = new ErrorDetailCollection();

        /// <summary>Initializes an empty fault.</summary>
        public BaseServiceFault()
        {
        }

        /// <summary>The id of the activity in which the fault occurred.</summary>
        [DataMember]
        public Guid ActivityId { get; set; }

        /// <summary>The fault error code (e.g. -2147220891 for a plug-in's InvalidPluginExecutionException).</summary>
        [DataMember]
        public int ErrorCode { get; set; }

        /// <summary>The details of the fault.</summary>
        [DataMember]
        public ErrorDetailCollection ErrorDetails
        {
            get => _errorDetails;
            set => _errorDetails = value ?? new ErrorDetailCollection();
        }

        /// <summary>A link to help on the error.</summary>
        [DataMember]
        public string? HelpLink { get; set; }

        /// <summary>The fault message.</summary>
        [DataMember]
        public string Message { get; set; } = null!;

        /// <summary>When the fault occurred (UTC).</summary>
        [DataMember]
        public DateTime Timestamp { get; set; }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }
    }
}
