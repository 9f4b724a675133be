using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The role of a record in a self-referential relationship.</summary>
    [DataContract(Name = "EntityRole", Namespace = XrmContracts.V2011)]
    public enum EntityRole
    {
        /// <summary>The referencing (many) side.</summary>
        [EnumMember] Referencing = 0,
        /// <summary>The referenced (one) side.</summary>
        [EnumMember] Referenced = 1,
    }
}
