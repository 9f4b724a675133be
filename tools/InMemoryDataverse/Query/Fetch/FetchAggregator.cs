using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Store;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Query.Fetch;

/// <summary>
/// Groups the selected rows by the fetch's groupby columns and computes its aggregates, one Entity per group with
/// every value an AliasedValue under its alias. Nulls are skipped by the aggregates and form their own group.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data: count counts rows,
// countcolumn rows with data (distinct: unique values), avg of whole numbers is a whole number (3,911 in its example),
// an empty sum shows 0 and the NULL group is a group of its own.
internal static class FetchAggregator
{
    public static List<Entity> Aggregate(FetchQuery fetch, QuerySelection selection)
    {
        var groupColumns = new List<FetchColumn>();
        var valueColumns = new List<FetchColumn>();
        foreach (var column in fetch.Columns)
        {
            (column.Aggregate == FetchAggregate.GroupBy ? groupColumns : valueColumns).Add(column);
        }

        var groups = new Dictionary<GroupKey, Group>();
        var order = new List<Group>();
        var values = new object?[groupColumns.Count];
        foreach (var record in selection.Records)
        {
            for (var i = 0; i < values.Length; i++) values[i] = GroupValue(groupColumns[i], record);
            var key = new GroupKey(values);
            if (!groups.TryGetValue(key, out var group))
            {
                var kept = key.Keep();
                group = new Group(kept.Values, valueColumns);
                groups.Add(kept, group);
                order.Add(group);
            }

            group.Add(record);
        }

        // Without groupby there is always one result row, even over no rows (count 0).
        if (groupColumns.Count == 0 && order.Count == 0) order.Add(new Group(Array.Empty<object?>(), valueColumns));

        var results = new List<Entity>(order.Count);
        foreach (var group in order) results.Add(group.ToEntity(selection.Table, groupColumns));
        return results;
    }

    private static object? GroupValue(FetchColumn column, JoinedRecord record)
    {
        var value = record.RowFor(column.TableAlias)?.Get(column.Column.LogicalName);
        if (value is null || column.DateGrouping is not FetchDateGrouping grouping) return value;
        return FetchDateGroupingValues.Of((DateTime)ValueComparison.Normalize(value)!, grouping);
    }

    /// <summary>
    /// The group values, equal as the query engine compares them (choices, money and numbers by value, lookups by id,
    /// text ignoring case). Hash and equality don't box, so looking a row's group up allocates nothing.
    /// </summary>
    private readonly struct GroupKey : IEquatable<GroupKey>
    {
        private readonly object?[] _values;
        private readonly int _hash;

        public GroupKey(object?[] values)
        {
            _values = values;
            var hash = 17;
            foreach (var value in values) hash = (hash * 31) + ValueComparison.HashOf(value);
            _hash = hash;
        }

        /// <summary>The same key over a copy of the values, for storing (the lookup key shares a reused buffer).</summary>
        public GroupKey Keep() => new((object?[])_values.Clone());

        public object?[] Values => _values;

        public bool Equals(GroupKey other)
        {
            if (_hash != other._hash) return false;
            for (var i = 0; i < _values.Length; i++)
            {
                if (!ReferenceEquals(_values[i], other._values[i]) && ValueComparison.Compare(_values[i], other._values[i]) != 0) return false;
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is GroupKey other && Equals(other);

        public override int GetHashCode() => _hash;
    }

    private sealed class Group
    {
        private readonly object?[] _keys;
        private readonly List<FetchColumn> _columns;
        private readonly Accumulator[] _accumulators;
        private int _rows;

        public Group(object?[] keys, List<FetchColumn> columns)
        {
            _keys = keys;
            _columns = columns;
            _accumulators = new Accumulator[columns.Count];
            for (var i = 0; i < columns.Count; i++) _accumulators[i] = new Accumulator(columns[i].Distinct && columns[i].Aggregate == FetchAggregate.CountColumn);
        }

        public void Add(JoinedRecord record)
        {
            _rows++;
            for (var i = 0; i < _columns.Count; i++)
            {
                var column = _columns[i];
                if (column.Aggregate == FetchAggregate.Count) continue;
                var value = record.RowFor(column.TableAlias)?.Get(column.Column.LogicalName);
                if (value is not null) _accumulators[i].Add(value);
            }
        }

        public Entity ToEntity(TableMetadata table, List<FetchColumn> groupColumns)
        {
            var entity = new Entity(table.LogicalName);
            for (var i = 0; i < groupColumns.Count; i++)
            {
                if (_keys[i] is object key) Put(entity, groupColumns[i], key is int ? key : ValueCloner.Clone(key)!);
            }

            for (var i = 0; i < _columns.Count; i++)
            {
                var value = Result(_columns[i], _accumulators[i]);
                if (value is not null) Put(entity, _columns[i], value);
            }

            return entity;
        }

        private object? Result(FetchColumn column, Accumulator values) => column.Aggregate switch
        {
            FetchAggregate.Count => _rows,
            FetchAggregate.CountColumn => values.Count,
            FetchAggregate.Sum => Typed(column.Column, values.Sum),
            FetchAggregate.Avg => values.Count == 0 ? null : Typed(column.Column, values.Sum / values.Count),
            FetchAggregate.Min => values.Min is null ? null : ValueCloner.Clone(values.Min),
            FetchAggregate.Max => values.Max is null ? null : ValueCloner.Clone(values.Max),
            _ => throw Faults.Invalid($"The aggregate on '{column.Alias}' is not supported."),
        };

        private static object Typed(ColumnMetadata column, decimal value) => column.Type switch
        {
            ColumnType.Integer => (int)decimal.Truncate(value),
            ColumnType.Double => (double)value,
            ColumnType.Money => new Money(value),
            _ => value,
        };

        private static void Put(Entity entity, FetchColumn column, object value) =>
            entity.Attributes[column.Alias] = new AliasedValue(column.Table.LogicalName, column.Column.LogicalName, value);
    }

    /// <summary>Running count, sum, min and max of one column's non-null values (distinct values when asked).</summary>
    private sealed class Accumulator
    {
        private readonly HashSet<GroupKey>? _distinct;

        public Accumulator(bool distinct) => _distinct = distinct ? new HashSet<GroupKey>() : null;

        public int Count { get; private set; }

        public decimal Sum { get; private set; }

        public object? Min { get; private set; }

        public object? Max { get; private set; }

        public void Add(object value)
        {
            if (_distinct is not null && !_distinct.Add(new GroupKey(new[] { value }))) return;
            Count++;
            if (ValueComparison.Normalize(value) is decimal number) Sum += number;
            if (Min is null || ValueComparison.Compare(value, Min) < 0) Min = value;
            if (Max is null || ValueComparison.Compare(value, Max) > 0) Max = value;
        }
    }
}
