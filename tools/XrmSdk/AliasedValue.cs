using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>An attribute value from a linked table, as returned by a query with link-entities or aggregates.</summary>
    [DataContract(Name = "AliasedValue", Namespace = XrmContracts.V2011)]
    public sealed class AliasedValue : IExtensibleDataObject
    {
        /// <summary>Initializes an empty aliased value.</summary>
        public AliasedValue()
        {
        }

        /// <summary>Initializes an aliased value.</summary>
        public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
        {
            EntityLogicalName = entityLogicalName;
            AttributeLogicalName = attributeLogicalName;
            Value = value;
        }

        /// <summary>The logical name of the attribute.</summary>
        [DataMember]
        public string AttributeLogicalName { get; private set; } = null!;

        /// <summary>The logical name of the table.</summary>
        [DataMember]
        public string EntityLogicalName { get; private set; } = null!;

        /// <summary>The value.</summary>
        [DataMember]
        public object Value { get; private set; } = null!;

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }
    }
}
