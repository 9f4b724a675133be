using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A group of conditions and child filters combined with And or Or.</summary>
    [DataContract(Name = "FilterExpression", Namespace = XrmContracts.V2011)]
    public sealed class FilterExpression : IExtensibleDataObject
    {
        private DataCollection<ConditionExpression> _conditions = new DataCollection<ConditionExpression>();
        private DataCollection<FilterExpression> _filters = new DataCollection<FilterExpression>();

        /// <summary>Initializes an And filter.</summary>
        public FilterExpression()
        {
        }

        /// <summary>Initializes a filter with the given operator.</summary>
        public FilterExpression(LogicalOperator filterOperator)
        {
            FilterOperator = filterOperator;
        }

        /// <summary>The conditions.</summary>
        [DataMember]
        public DataCollection<ConditionExpression> Conditions
        {
            get => _conditions;
            private set => _conditions = value ?? new DataCollection<ConditionExpression>();
        }

        /// <summary>A query hint for the filter (e.g. "union").</summary>
        [DataMember]
        public string? FilterHint { get; set; }

        /// <summary>How conditions and child filters combine.</summary>
        [DataMember]
        public LogicalOperator FilterOperator { get; set; }

        /// <summary>The child filters.</summary>
        [DataMember]
        public DataCollection<FilterExpression> Filters
        {
            get => _filters;
            private set => _filters = value ?? new DataCollection<FilterExpression>();
        }

        /// <summary>Whether this is a quick-find filter.</summary>
        [DataMember]
        public bool IsQuickFindFilter { get; set; }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }

        /// <summary>Adds a condition.</summary>
        public void AddCondition(ConditionExpression condition) => _conditions.Add(condition);

        /// <summary>Adds a condition on an attribute.</summary>
        public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values) =>
            _conditions.Add(new ConditionExpression(attributeName, conditionOperator, values));

        /// <summary>Adds a condition on an attribute of a linked table.</summary>
        public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values) =>
            _conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, values));

        /// <summary>Adds a condition comparing an attribute with a value, or with another column when compareColumns is true.</summary>
        public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value) =>
            _conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, value));

        /// <summary>Adds a condition comparing an attribute with values, or with other columns when compareColumns is true.</summary>
        public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values) =>
            _conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, values));

        /// <summary>Adds a condition on an attribute of a linked table, comparing with a value or another column.</summary>
        public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value) =>
            _conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, value));

        /// <summary>Adds a condition on an attribute of a linked table, comparing with values or other columns.</summary>
        public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values) =>
            _conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, values));

        /// <summary>Adds a child filter.</summary>
        public void AddFilter(FilterExpression childFilter) => _filters.Add(childFilter);

        /// <summary>Adds and returns a new child filter with the given operator.</summary>
        public FilterExpression AddFilter(LogicalOperator logicalOperator)
        {
            var child = new FilterExpression(logicalOperator);
            _filters.Add(child);
            return child;
        }
    }
}
