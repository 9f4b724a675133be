using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the data to retrieve a record.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class RetrieveRequest : OrganizationRequest
    {
        /// <summary>Initializes the request with RequestName "Retrieve".</summary>
        public RetrieveRequest()
        {
            RequestName = "Retrieve";
            Target = null;
            ColumnSet = null;
        }

        /// <summary>The record to retrieve.</summary>
        public EntityReference? Target
        {
            get => Parameters.Contains("Target") ? (EntityReference?)Parameters["Target"] : null;
            set => Parameters["Target"] = value!;
        }

        /// <summary>The columns to return.</summary>
        public ColumnSet? ColumnSet
        {
            get => Parameters.Contains("ColumnSet") ? (ColumnSet?)Parameters["ColumnSet"] : null;
            set => Parameters["ColumnSet"] = value!;
        }
    }
}
