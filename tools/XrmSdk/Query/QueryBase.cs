using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>The abstract base of the query types (QueryExpression, QueryByAttribute, FetchExpression).</summary>
    [DataContract(Name = "QueryBase", Namespace = XrmContracts.V2011)]
    [KnownType(typeof(QueryExpression))]
    [KnownType(typeof(QueryByAttribute))]
    [KnownType(typeof(FetchExpression))]
    public abstract class QueryBase : IExtensibleDataObject
    {
        /// <summary>Only this assembly defines query kinds.</summary>
        internal QueryBase()
        {
        }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }
    }
}
