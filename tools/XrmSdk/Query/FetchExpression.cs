using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A query in FetchXML.</summary>
    [DataContract(Name = "FetchExpression", Namespace = XrmContracts.V2011)]
    public sealed class FetchExpression : QueryBase
    {
        /// <summary>Initializes an empty query.</summary>
        public FetchExpression()
        {
        }

        /// <summary>Initializes a query from FetchXML.</summary>
        public FetchExpression(string query)
        {
            Query = query;
        }

        /// <summary>The FetchXML text.</summary>
        [DataMember]
        public string Query { get; set; } = null!;
    }
}
