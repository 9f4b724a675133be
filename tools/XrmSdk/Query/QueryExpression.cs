using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A query built from objects: table, columns, criteria, links, orders and paging.</summary>
    [DataContract(Name = "QueryExpression", Namespace = XrmContracts.V2011)]
    public sealed class QueryExpression : QueryBase
    {
        private ColumnSet _columnSet = new ColumnSet();
        private FilterExpression _criteria = new FilterExpression();
        private DataCollection<LinkEntity> _linkEntities = new DataCollection<LinkEntity>();
        private DataCollection<OrderExpression> _orders = new DataCollection<OrderExpression>();
        private PagingInfo _pageInfo = new PagingInfo();

        /// <summary>Initializes a query without a table.</summary>
        public QueryExpression()
        {
        }

        /// <summary>Initializes a query on a table.</summary>
        public QueryExpression(string entityName)
        {
            EntityName = entityName;
        }

        /// <summary>The columns to return (none by default).</summary>
        [DataMember]
        public ColumnSet ColumnSet
        {
            get => _columnSet;
            set => _columnSet = value ?? new ColumnSet();
        }

        /// <summary>The top-level filter.</summary>
        [DataMember]
        public FilterExpression Criteria
        {
            get => _criteria;
            set => _criteria = value ?? new FilterExpression();
        }

        /// <summary>Whether duplicate rows are removed.</summary>
        [DataMember]
        public bool Distinct { get; set; }

        /// <summary>The table queried.</summary>
        [DataMember]
        public string EntityName { get; set; } = null!;

        /// <summary>Links to other tables.</summary>
        [DataMember]
        public DataCollection<LinkEntity> LinkEntities
        {
            get => _linkEntities;
            private set => _linkEntities = value ?? new DataCollection<LinkEntity>();
        }

        /// <summary>Whether the query runs without shared locks.</summary>
        [DataMember]
        public bool NoLock { get; set; }

        /// <summary>The orders.</summary>
        [DataMember]
        public DataCollection<OrderExpression> Orders
        {
            get => _orders;
            private set => _orders = value ?? new DataCollection<OrderExpression>();
        }

        /// <summary>Which page to return.</summary>
        [DataMember]
        public PagingInfo PageInfo
        {
            get => _pageInfo;
            set => _pageInfo = value ?? new PagingInfo();
        }

        /// <summary>SQL query hints.</summary>
        [DataMember]
        public string? QueryHints { get; set; }

        /// <summary>The maximum number of rows (cannot be combined with paging).</summary>
        [DataMember]
        public int? TopCount { get; set; }

        /// <summary>Adds and returns an inner link from the queried table.</summary>
        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
            AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

        /// <summary>Adds and returns a link from the queried table.</summary>
        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
            _linkEntities.Add(link);
            return link;
        }

        /// <summary>Adds an order on an attribute.</summary>
        public void AddOrder(string attributeName, OrderType orderType) => _orders.Add(new OrderExpression(attributeName, orderType));
    }
}
