using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>How the conditions and child filters of a filter combine.</summary>
    [DataContract(Name = "LogicalOperator", Namespace = XrmContracts.V2011)]
    public enum LogicalOperator
    {
        /// <summary>All must hold.</summary>
        [EnumMember] And = 0,
        /// <summary>At least one must hold.</summary>
        [EnumMember] Or = 1,
    }
}
