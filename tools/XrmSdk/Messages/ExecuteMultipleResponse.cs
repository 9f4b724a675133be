using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the response from the ExecuteMultipleRequest class.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class ExecuteMultipleResponse : OrganizationResponse
    {
        /// <summary>Initializes an empty response.</summary>
        public ExecuteMultipleResponse()
        {
        }

        /// <summary>True when at least one request of the batch faulted.</summary>
        public bool IsFaulted => Results.Contains("IsFaulted") && (bool)Results["IsFaulted"];

        /// <summary>The responses (and faults), each with the index of its request.</summary>
        public ExecuteMultipleResponseItemCollection Responses =>
            Results.Contains("Responses") && Results["Responses"] is ExecuteMultipleResponseItemCollection items ? items : new ExecuteMultipleResponseItemCollection();
    }
}
