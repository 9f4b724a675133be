using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>The direction of an order expression.</summary>
    [DataContract(Name = "OrderType", Namespace = XrmContracts.V2011)]
    public enum OrderType
    {
        /// <summary>Smallest first.</summary>
        [EnumMember] Ascending = 0,
        /// <summary>Largest first.</summary>
        [EnumMember] Descending = 1,
    }
}
