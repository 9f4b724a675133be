using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A simple query: rows whose attributes equal the given values (all must match).</summary>
    [DataContract(Name = "QueryByAttribute", Namespace = XrmContracts.V2011)]
    public sealed class QueryByAttribute : QueryBase
    {
        private DataCollection<string> _attributes = new DataCollection<string>();
        private DataCollection<object> _values = new DataCollection<object>();
        private DataCollection<OrderExpression> _orders = new DataCollection<OrderExpression>();
        private ColumnSet _columnSet = new ColumnSet();
        private PagingInfo _pageInfo = new PagingInfo();

        /// <summary>Initializes a query without a table.</summary>
        public QueryByAttribute()
        {
        }

        /// <summary>Initializes a query on a table.</summary>
        public QueryByAttribute(string entityName)
        {
            EntityName = entityName;
        }

        /// <summary>The attributes compared (parallel to Values).</summary>
        [DataMember]
        public DataCollection<string> Attributes
        {
            get => _attributes;
            private set => _attributes = value ?? new DataCollection<string>();
        }

        /// <summary>The columns to return.</summary>
        [DataMember]
        public ColumnSet ColumnSet
        {
            get => _columnSet;
            set => _columnSet = value ?? new ColumnSet();
        }

        /// <summary>The table queried.</summary>
        [DataMember]
        public string EntityName { get; set; } = null!;

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

        /// <summary>The maximum number of rows.</summary>
        [DataMember]
        public int? TopCount { get; set; }

        /// <summary>The values compared (parallel to Attributes).</summary>
        [DataMember]
        public DataCollection<object> Values
        {
            get => _values;
            private set => _values = value ?? new DataCollection<object>();
        }

        /// <summary>Adds an attribute and the value it must equal.</summary>
        public void AddAttributeValue(string attributeName, object value)
        {
            _attributes.Add(attributeName);
            _values.Add(value);
        }

        /// <summary>Adds an order on an attribute.</summary>
        public void AddOrder(string attributeName, OrderType orderType) => _orders.Add(new OrderExpression(attributeName, orderType));
    }
}
