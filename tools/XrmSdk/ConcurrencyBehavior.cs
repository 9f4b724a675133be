using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>How Update and Delete treat the row version (optimistic concurrency).</summary>
    [DataContract(Name = "ConcurrencyBehavior", Namespace = XrmContracts.V2011)]
    public enum ConcurrencyBehavior
    {
        /// <summary>The message's default behaviour.</summary>
        [EnumMember] Default = 0,
        /// <summary>Proceed only when the row version matches.</summary>
        [EnumMember] IfRowVersionMatches = 1,
        /// <summary>Proceed whatever the row version.</summary>
        [EnumMember] AlwaysOverwrite = 2,
    }
}
