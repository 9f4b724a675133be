using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A join from one table to another in a QueryExpression.</summary>
    [DataContract(Name = "LinkEntity", Namespace = XrmContracts.V2011)]
    public sealed class LinkEntity : IExtensibleDataObject
    {
        private ColumnSet _columns = new ColumnSet();
        private FilterExpression _linkCriteria = new FilterExpression();
        private DataCollection<LinkEntity> _linkEntities = new DataCollection<LinkEntity>();
        private DataCollection<OrderExpression> _orders = new DataCollection<OrderExpression>();

        /// <summary>Initializes an empty inner link.</summary>
        public LinkEntity()
        {
        }

        /// <summary>Initializes a link between two tables on the given attributes.</summary>
        public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            LinkFromEntityName = linkFromEntityName;
            LinkToEntityName = linkToEntityName;
            LinkFromAttributeName = linkFromAttributeName;
            LinkToAttributeName = linkToAttributeName;
            JoinOperator = joinOperator;
        }

        /// <summary>The columns of the linked table to return.</summary>
        [DataMember]
        public ColumnSet Columns
        {
            get => _columns;
            set => _columns = value ?? new ColumnSet();
        }

        /// <summary>The alias of the linked table (prefix of its returned AliasedValues).</summary>
        [DataMember]
        public string? EntityAlias { get; set; }

        /// <summary>The join.</summary>
        [DataMember]
        public JoinOperator JoinOperator { get; set; }

        /// <summary>Conditions on the linked table.</summary>
        [DataMember]
        public FilterExpression LinkCriteria
        {
            get => _linkCriteria;
            set => _linkCriteria = value ?? new FilterExpression();
        }

        /// <summary>Nested links.</summary>
        [DataMember]
        public DataCollection<LinkEntity> LinkEntities
        {
            get => _linkEntities;
            private set => _linkEntities = value ?? new DataCollection<LinkEntity>();
        }

        /// <summary>The attribute of the table linked from.</summary>
        [DataMember]
        public string LinkFromAttributeName { get; set; } = null!;

        /// <summary>The table linked from.</summary>
        [DataMember]
        public string LinkFromEntityName { get; set; } = null!;

        /// <summary>The attribute of the table linked to.</summary>
        [DataMember]
        public string LinkToAttributeName { get; set; } = null!;

        /// <summary>The table linked to.</summary>
        [DataMember]
        public string LinkToEntityName { get; set; } = null!;

        /// <summary>Orders on the linked table.</summary>
        [DataMember]
        public DataCollection<OrderExpression> Orders
        {
            get => _orders;
            private set => _orders = value ?? new DataCollection<OrderExpression>();
        }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }

        /// <summary>Adds and returns an inner link from this linked table.</summary>
        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
            AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

        /// <summary>Adds and returns a link from this linked table.</summary>
        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            var link = new LinkEntity(LinkToEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
            _linkEntities.Add(link);
            return link;
        }
    }
}
