using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>Contains the data to retrieve records with a query.</summary>
    [DataContract(Namespace = XrmContracts.V2011)]
    public sealed class RetrieveMultipleRequest : OrganizationRequest
    {
        /// <summary>Initializes the request with RequestName "RetrieveMultiple".</summary>
        public RetrieveMultipleRequest()
        {
            RequestName = "RetrieveMultiple";
            Query = null;
        }

        /// <summary>The query.</summary>
        public QueryBase? Query
        {
            get => Parameters.Contains("Query") ? (QueryBase?)Parameters["Query"] : null;
            set => Parameters["Query"] = value!;
        }
    }
}
