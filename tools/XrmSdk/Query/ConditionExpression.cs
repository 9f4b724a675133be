using System;
using System.Collections;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A condition on an attribute: attribute, operator and values.</summary>
    /// <remarks>Overloads match the SDK: an array typed as object binds to the single-value overload (one value).</remarks>
    [DataContract(Name = "ConditionExpression", Namespace = XrmContracts.V2011)]
    public sealed class ConditionExpression : IExtensibleDataObject
    {
        private DataCollection<object> _values = new DataCollection<object>();

        /// <summary>Initializes an empty condition.</summary>
        public ConditionExpression()
        {
        }

        /// <summary>Initializes a condition without values (e.g. Null).</summary>
        public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
        {
            AttributeName = attributeName;
            Operator = conditionOperator;
        }

        /// <summary>Initializes a condition with one value.</summary>
        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
            : this(attributeName, conditionOperator)
        {
            _values.Add(value);
        }

        /// <summary>Initializes a condition with several values.</summary>
        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
            : this(attributeName, conditionOperator)
        {
            if (values != null) _values.AddRange(values);
        }

        /// <summary>Initializes a condition with the values of a collection.</summary>
        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
            : this(attributeName, conditionOperator)
        {
            if (values != null)
            {
                foreach (var value in values) _values.Add(value);
            }
        }

        /// <summary>Initializes a condition on an attribute of a linked table.</summary>
        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator)
            : this(attributeName, conditionOperator)
        {
            EntityName = entityName;
        }

        /// <summary>Initializes a condition with one value on an attribute of a linked table.</summary>
        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, object value)
            : this(attributeName, conditionOperator, value)
        {
            EntityName = entityName;
        }

        /// <summary>Initializes a condition with several values on an attribute of a linked table.</summary>
        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
            : this(attributeName, conditionOperator, values)
        {
            EntityName = entityName;
        }

        /// <summary>Initializes a condition whose value is another column's name when compareColumns is true.</summary>
        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
            : this(attributeName, conditionOperator, value)
        {
            CompareColumns = compareColumns;
        }

        /// <summary>Initializes a condition whose values are other columns' names when compareColumns is true.</summary>
        public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
            : this(attributeName, conditionOperator, values)
        {
            CompareColumns = compareColumns;
        }

        /// <summary>Initializes a column-comparison condition on an attribute of a linked table.</summary>
        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
            : this(attributeName, conditionOperator, compareColumns, value)
        {
            EntityName = entityName;
        }

        /// <summary>Initializes a column-comparison condition with several values on an attribute of a linked table.</summary>
        public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
            : this(attributeName, conditionOperator, compareColumns, values)
        {
            EntityName = entityName;
        }

        /// <summary>The attribute's logical name.</summary>
        [DataMember]
        public string AttributeName { get; set; } = null!;

        /// <summary>Whether the values name other columns rather than literal values.</summary>
        [DataMember]
        public bool CompareColumns { get; set; }

        /// <summary>The alias or name of the linked table of the attribute, if any.</summary>
        [DataMember]
        public string? EntityName { get; set; }

        /// <summary>The comparison.</summary>
        [DataMember]
        public ConditionOperator Operator { get; set; }

        /// <summary>The values compared against.</summary>
        [DataMember]
        public DataCollection<object> Values
        {
            get => _values;
            private set => _values = value ?? new DataCollection<object>();
        }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }
    }
}
