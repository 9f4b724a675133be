using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>An ordering of query results.</summary>
    [DataContract(Name = "OrderExpression", Namespace = XrmContracts.V2011)]
    public sealed class OrderExpression : IExtensibleDataObject
    {
        /// <summary>Initializes an empty order.</summary>
        public OrderExpression()
        {
        }

        /// <summary>Initializes an order on an attribute.</summary>
        public OrderExpression(string attributeName, OrderType orderType)
        {
            AttributeName = attributeName;
            OrderType = orderType;
        }

        /// <summary>Initializes an order on an attribute or an aggregate alias.</summary>
        public OrderExpression(string attributeName, OrderType orderType, string alias)
            : this(attributeName, orderType)
        {
            Alias = alias;
        }

        /// <summary>Initializes an order on an attribute of a linked table.</summary>
        public OrderExpression(string attributeName, OrderType orderType, string alias, string entityName)
            : this(attributeName, orderType, alias)
        {
            EntityName = entityName;
        }

        /// <summary>The aggregate alias to order by.</summary>
        [DataMember]
        public string? Alias { get; set; }

        /// <summary>The attribute to order by.</summary>
        [DataMember]
        public string AttributeName { get; set; } = null!;

        /// <summary>The alias or name of the linked table of the attribute.</summary>
        [DataMember]
        public string? EntityName { get; set; }

        /// <summary>The direction.</summary>
        [DataMember]
        public OrderType OrderType { get; set; }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }
    }
}
