using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>Which page of results a query returns.</summary>
    [DataContract(Name = "PagingInfo", Namespace = XrmContracts.V2011)]
    public sealed class PagingInfo : IExtensibleDataObject
    {
        /// <summary>The number of records per page (0 = not paged).</summary>
        [DataMember]
        public int Count { get; set; }

        /// <summary>The 1-based page number.</summary>
        [DataMember]
        public int PageNumber { get; set; }

        /// <summary>The cookie returned with the previous page.</summary>
        [DataMember]
        public string? PagingCookie { get; set; }

        /// <summary>Whether to return the total record count.</summary>
        [DataMember]
        public bool ReturnTotalRecordCount { get; set; }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }
    }
}
