using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query;

/// <summary>Evaluates one condition operator against a stored value. Dates use UTC days (the harness has no user time zone).</summary>
internal sealed class ConditionEvaluator
{
    private readonly DateTime _now;
    private readonly Guid _callerId;

    public ConditionEvaluator(DateTime nowUtc, Guid callerId)
    {
        _now = nowUtc;
        _callerId = callerId;
    }

    public bool Evaluate(ConditionOperator op, object? stored, List<object?> values)
    {
        switch (op)
        {
            case ConditionOperator.Null: return stored is null;
            case ConditionOperator.NotNull: return stored is not null;
            case ConditionOperator.EqualUserId: return stored is not null && ValueComparison.AreEqual(stored, _callerId);
            case ConditionOperator.NotEqualUserId: return stored is not null && !ValueComparison.AreEqual(stored, _callerId);
            case ConditionOperator.ContainValues: return ContainsAny(stored, values);
            case ConditionOperator.DoesNotContainValues: return stored is not null && !ContainsAny(stored, values);
        }

        if (stored is null) return false;
        return op switch
        {
            ConditionOperator.Equal => ValueComparison.Compare(stored, Single(op, values)) == 0,
            ConditionOperator.NotEqual => ValueComparison.Compare(stored, Single(op, values)) != 0,
            ConditionOperator.GreaterThan => ValueComparison.Compare(stored, Single(op, values)) > 0,
            ConditionOperator.GreaterEqual => ValueComparison.Compare(stored, Single(op, values)) >= 0,
            ConditionOperator.LessThan => ValueComparison.Compare(stored, Single(op, values)) < 0,
            ConditionOperator.LessEqual => ValueComparison.Compare(stored, Single(op, values)) <= 0,
            ConditionOperator.In => In(stored, values),
            ConditionOperator.NotIn => !In(stored, values),
            ConditionOperator.Between => Between(op, stored, values),
            ConditionOperator.NotBetween => !Between(op, stored, values),
            ConditionOperator.Like => LikePattern.IsMatch(Text(stored), Text(Single(op, values))),
            ConditionOperator.NotLike => !LikePattern.IsMatch(Text(stored), Text(Single(op, values))),
            ConditionOperator.BeginsWith => Text(stored).StartsWith(Text(Single(op, values)), StringComparison.OrdinalIgnoreCase),
            ConditionOperator.DoesNotBeginWith => !Text(stored).StartsWith(Text(Single(op, values)), StringComparison.OrdinalIgnoreCase),
            ConditionOperator.EndsWith => Text(stored).EndsWith(Text(Single(op, values)), StringComparison.OrdinalIgnoreCase),
            ConditionOperator.DoesNotEndWith => !Text(stored).EndsWith(Text(Single(op, values)), StringComparison.OrdinalIgnoreCase),
            ConditionOperator.Contains => Text(stored).Contains(Text(Single(op, values)), StringComparison.OrdinalIgnoreCase),
            ConditionOperator.DoesNotContain => !Text(stored).Contains(Text(Single(op, values)), StringComparison.OrdinalIgnoreCase),
            ConditionOperator.On => Day(stored) == Day(Single(op, values)),
            ConditionOperator.NotOn => Day(stored) != Day(Single(op, values)),
            ConditionOperator.OnOrAfter => Day(stored) >= Day(Single(op, values)),
            ConditionOperator.OnOrBefore => Day(stored) <= Day(Single(op, values)),
            ConditionOperator.Today => Day(stored) == _now.Date,
            ConditionOperator.Yesterday => Day(stored) == _now.Date.AddDays(-1),
            ConditionOperator.Tomorrow => Day(stored) == _now.Date.AddDays(1),
            ConditionOperator.Last7Days => InRange(stored, _now.AddDays(-7), _now),
            ConditionOperator.Next7Days => InRange(stored, _now, _now.AddDays(7)),
            ConditionOperator.LastXDays => InRange(stored, _now.Date.AddDays(-Count(op, values)), _now),
            ConditionOperator.NextXDays => InRange(stored, _now, _now.Date.AddDays(Count(op, values) + 1)),
            ConditionOperator.LastXHours => InRange(stored, _now.AddHours(-Count(op, values)), _now),
            ConditionOperator.NextXHours => InRange(stored, _now, _now.AddHours(Count(op, values))),
            _ => throw Faults.Invalid($"The condition operator {op} is not supported by the in-memory org."),
        };
    }

    private static object? Single(ConditionOperator op, List<object?> values) =>
        values.Count == 1 ? values[0] : throw Faults.Invalid($"The condition operator {op} expects exactly one value, got {values.Count}.");

    private static int Count(ConditionOperator op, List<object?> values) =>
        Convert.ToInt32(Single(op, values), System.Globalization.CultureInfo.InvariantCulture);

    private static bool In(object stored, List<object?> values)
    {
        foreach (var value in values)
        {
            if (ValueComparison.Compare(stored, value) == 0) return true;
        }

        return false;
    }

    private static bool Between(ConditionOperator op, object stored, List<object?> values)
    {
        if (values.Count != 2) throw Faults.Invalid($"The condition operator {op} expects two values, got {values.Count}.");
        return ValueComparison.Compare(stored, values[0]) >= 0 && ValueComparison.Compare(stored, values[1]) <= 0;
    }

    private static bool ContainsAny(object? stored, List<object?> values)
    {
        if (stored is not OptionSetValueCollection options) return false;
        foreach (var option in options)
        {
            foreach (var value in values)
            {
                if (ValueComparison.Compare(option, value) == 0) return true;
            }
        }

        return false;
    }

    private static string Text(object? value) => value switch
    {
        string text => text,
        null => string.Empty,
        _ => Convert.ToString(ValueComparison.Normalize(value), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static DateTime Day(object? value) => ValueComparison.Normalize(value) is DateTime time
        ? time.Date
        : throw Faults.Invalid("A date condition (On, OnOrAfter, OnOrBefore…) needs a DateTime column and value.");

    private static bool InRange(object stored, DateTime from, DateTime to) =>
        ValueComparison.Normalize(stored) is DateTime time && time >= from && time <= to;
}
