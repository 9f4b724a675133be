using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query;

/// <summary>Evaluates nested and/or filter groups against a joined record; conditions may name a link alias.</summary>
internal sealed class FilterMatcher
{
    private readonly ConditionEvaluator _conditions;
    private readonly TableMetadata _main;
    private readonly Dictionary<string, TableMetadata> _aliases;
    private readonly Dictionary<ConditionExpression, List<object?>> _values = new();

    public FilterMatcher(ConditionEvaluator conditions, TableMetadata main, Dictionary<string, TableMetadata> aliases)
    {
        _conditions = conditions;
        _main = main;
        _aliases = aliases;
    }

    /// <summary>Faults on conditions naming an unknown alias or column, before any row is read.</summary>
    public void Check(FilterExpression filter, string? defaultAlias)
    {
        foreach (var condition in filter.Conditions)
        {
            var table = TableOf(condition.EntityName ?? defaultAlias);
            if (table.FindColumn(condition.AttributeName) is null) throw Faults.UnknownColumn(table.LogicalName, condition.AttributeName);
        }

        foreach (var child in filter.Filters) Check(child, defaultAlias);
    }

    /// <summary>
    /// True when the record passes the filter. Index loops and the per-query cache of each condition's flattened values
    /// keep this allocation-free per row (it runs once per stored row).
    /// </summary>
    public bool Matches(FilterExpression filter, JoinedRecord record, string? defaultAlias)
    {
        var any = filter.FilterOperator == LogicalOperator.Or;
        var empty = true;
        var conditions = filter.Conditions;
        for (var i = 0; i < conditions.Count; i++)
        {
            var condition = conditions[i];
            empty = false;
            var alias = condition.EntityName ?? defaultAlias;
            if (alias == _main.LogicalName && !_aliases.ContainsKey(alias)) alias = null;
            var row = record.RowFor(alias);
            object? stored = row?.Get(condition.AttributeName);
            if (condition.CompareColumns)
            {
                throw Faults.Invalid("Column comparison conditions are not supported by the in-memory org.");
            }

            var result = _conditions.Evaluate(condition.Operator, stored, ValuesOf(condition));
            if (any && result) return true;
            if (!any && !result) return false;
        }

        var children = filter.Filters;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.Conditions.Count == 0 && child.Filters.Count == 0) continue;
            empty = false;
            var result = Matches(child, record, defaultAlias);
            if (any && result) return true;
            if (!any && !result) return false;
        }

        return empty || !any;
    }

    private List<object?> ValuesOf(ConditionExpression condition)
    {
        if (!_values.TryGetValue(condition, out var values))
        {
            values = ValueComparison.Flatten(condition.Values);
            _values.Add(condition, values);
        }

        return values;
    }

    private TableMetadata TableOf(string? alias)
    {
        if (alias is null) return _main;
        if (_aliases.TryGetValue(alias, out var table)) return table;
        if (string.Equals(alias, _main.LogicalName, StringComparison.Ordinal)) return _main;
        throw Faults.Invalid($"The query has no link-entity with alias '{alias}'.");
    }
}
