using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>The join of a link-entity.</summary>
#pragma warning disable CS1591 // the member names are the documentation
    [DataContract(Name = "JoinOperator", Namespace = XrmContracts.V2011)]
    public enum JoinOperator
    {
        [EnumMember] Inner = 0,
        [EnumMember] LeftOuter = 1,
        [EnumMember] Natural = 2,
        [EnumMember] MatchFirstRowUsingCrossApply = 3,
        [EnumMember] In = 4,
        [EnumMember] Exists = 5,
        [EnumMember] Any = 6,
        [EnumMember] NotAny = 7,
        [EnumMember] All = 8,
        [EnumMember] NotAll = 9,
    }
#pragma warning restore CS1591
}
