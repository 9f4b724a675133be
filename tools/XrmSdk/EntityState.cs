using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The change state of a record in a context.</summary>
    [DataContract(Name = "EntityState", Namespace = XrmContracts.V2011)]
    public enum EntityState
    {
        /// <summary>Not changed.</summary>
        [EnumMember] Unchanged = 0,
        /// <summary>Created.</summary>
        [EnumMember] Created = 1,
        /// <summary>Changed.</summary>
        [EnumMember] Changed = 2,
    }
}
