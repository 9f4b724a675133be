using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Metadata
{
    /// <summary>Describes the type of an attribute (learn: microsoft.xrm.sdk.metadata.attributetypecode).</summary>
    [DataContract(Name = "AttributeTypeCode", Namespace = XrmContracts.Metadata)]
    public enum AttributeTypeCode
    {
        /// <summary>A Boolean attribute.</summary>
        [EnumMember] Boolean = 0,
        /// <summary>An attribute that represents a customer.</summary>
        [EnumMember] Customer = 1,
        /// <summary>A date/time attribute.</summary>
        [EnumMember] DateTime = 2,
        /// <summary>A decimal attribute.</summary>
        [EnumMember] Decimal = 3,
        /// <summary>A double attribute.</summary>
        [EnumMember] Double = 4,
        /// <summary>An integer attribute.</summary>
        [EnumMember] Integer = 5,
        /// <summary>A lookup attribute.</summary>
        [EnumMember] Lookup = 6,
        /// <summary>A memo attribute.</summary>
        [EnumMember] Memo = 7,
        /// <summary>A money attribute.</summary>
        [EnumMember] Money = 8,
        /// <summary>An owner attribute.</summary>
        [EnumMember] Owner = 9,
        /// <summary>A partylist attribute.</summary>
        [EnumMember] PartyList = 10,
        /// <summary>A picklist attribute.</summary>
        [EnumMember] Picklist = 11,
        /// <summary>A state attribute.</summary>
        [EnumMember] State = 12,
        /// <summary>A status attribute.</summary>
        [EnumMember] Status = 13,
        /// <summary>A string attribute.</summary>
        [EnumMember] String = 14,
        /// <summary>An attribute that is an ID.</summary>
        [EnumMember] Uniqueidentifier = 15,
        /// <summary>An attribute that contains calendar rules.</summary>
        [EnumMember] CalendarRules = 16,
        /// <summary>An attribute that is created by the system at run time.</summary>
        [EnumMember] Virtual = 17,
        /// <summary>A big integer attribute.</summary>
        [EnumMember] BigInt = 18,
        /// <summary>A managed property attribute.</summary>
        [EnumMember] ManagedProperty = 19,
        /// <summary>An entity name attribute.</summary>
        [EnumMember] EntityName = 20,
    }
}
