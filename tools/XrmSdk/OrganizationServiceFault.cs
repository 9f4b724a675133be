using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Represents an organization service fault (the detail of FaultException&lt;OrganizationServiceFault&gt;).</summary>
    [DataContract(Name = "OrganizationServiceFault", Namespace = XrmContracts.V2011)]
    [Serializable]
    public class OrganizationServiceFault : BaseServiceFault
    {
        /// <summary>Initializes an empty fault.</summary>
        public OrganizationServiceFault()
        {
        }

        /// <summary>The fault that caused this fault.</summary>
        [DataMember]
        public OrganizationServiceFault? InnerFault { get; set; }

        /// <summary>The plug-in trace text (ITracingService output) of the failed operation.</summary>
        [DataMember]
        public string? TraceText { get; set; }
    }
}
