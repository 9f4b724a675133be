using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the data to execute one or more requests as a batch.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class ExecuteMultipleRequest : OrganizationRequest
    {
        /// <summary>Initializes the request with RequestName "ExecuteMultiple".</summary>
        public ExecuteMultipleRequest()
        {
            RequestName = "ExecuteMultiple";
            Requests = null;
            Settings = null;
        }

        /// <summary>The requests to execute, in order.</summary>
        public OrganizationRequestCollection? Requests
        {
            get => Parameters.Contains("Requests") ? (OrganizationRequestCollection?)Parameters["Requests"] : null;
            set => Parameters["Requests"] = value!;
        }

        /// <summary>Whether to continue after a fault and whether to return responses.</summary>
        public ExecuteMultipleSettings? Settings
        {
            get => Parameters.Contains("Settings") ? (ExecuteMultipleSettings?)Parameters["Settings"] : null;
            set => Parameters["Settings"] = value!;
        }
    }
}
