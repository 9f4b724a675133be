using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query;

/// <summary>
/// Evaluates one condition operator against a stored value. Dates use UTC days (the harness has no user time zone);
/// relative ranges (last-x-days, this-month…) run from the start of a day to the org's clock, weeks start on Sunday.
/// </summary>
// Operator meanings: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators
internal sealed class ConditionEvaluator
{
    private readonly DateTime _now;
    private readonly Guid _callerId;
    private readonly Guid _businessUnitId;
    private readonly FiscalCalendar _fiscal;

    public ConditionEvaluator(DateTime nowUtc, Guid callerId, Guid businessUnitId, FiscalCalendar fiscal)
    {
        _now = nowUtc;
        _callerId = callerId;
        _businessUnitId = businessUnitId;
        _fiscal = fiscal;
    }

    public bool Evaluate(ConditionOperator op, object? stored, List<object?> values)
    {
        switch (op)
        {
            case ConditionOperator.Null: return stored is null;
            case ConditionOperator.NotNull: return stored is not null;
            case ConditionOperator.EqualUserId: return stored is not null && ValueComparison.AreEqual(stored, _callerId);
            case ConditionOperator.NotEqualUserId: return stored is not null && !ValueComparison.AreEqual(stored, _callerId);
            case ConditionOperator.EqualBusinessId: return stored is not null && ValueComparison.AreEqual(stored, _businessUnitId);
            case ConditionOperator.NotEqualBusinessId: return stored is not null && !ValueComparison.AreEqual(stored, _businessUnitId);
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
            ConditionOperator.LastXWeeks => InRange(stored, _now.Date.AddDays(-7 * Count(op, values)), _now),
            ConditionOperator.NextXWeeks => InRange(stored, _now, _now.Date.AddDays((7 * Count(op, values)) + 1)),
            ConditionOperator.LastXMonths => InRange(stored, _now.Date.AddMonths(-Count(op, values)), _now),
            ConditionOperator.NextXMonths => InRange(stored, _now, _now.Date.AddMonths(Count(op, values)).AddDays(1)),
            ConditionOperator.LastXYears => InRange(stored, _now.Date.AddYears(-Count(op, values)), _now),
            ConditionOperator.NextXYears => InRange(stored, _now, _now.Date.AddYears(Count(op, values)).AddDays(1)),
            ConditionOperator.OlderThanXMinutes => Before(stored, _now.AddMinutes(-Count(op, values))),
            ConditionOperator.OlderThanXHours => Before(stored, _now.AddHours(-Count(op, values))),
            ConditionOperator.OlderThanXDays => Before(stored, _now.Date.AddDays(-Count(op, values))),
            ConditionOperator.OlderThanXWeeks => Before(stored, _now.Date.AddDays(-7 * Count(op, values))),
            ConditionOperator.OlderThanXMonths => Before(stored, _now.Date.AddMonths(-Count(op, values))),
            ConditionOperator.OlderThanXYears => Before(stored, _now.Date.AddYears(-Count(op, values))),
            ConditionOperator.ThisWeek => Within(stored, Week(0)),
            ConditionOperator.LastWeek => Within(stored, Week(-1)),
            ConditionOperator.NextWeek => Within(stored, Week(1)),
            ConditionOperator.ThisMonth => Within(stored, Month(0)),
            ConditionOperator.LastMonth => Within(stored, Month(-1)),
            ConditionOperator.NextMonth => Within(stored, Month(1)),
            ConditionOperator.ThisYear => Within(stored, Year(0)),
            ConditionOperator.LastYear => Within(stored, Year(-1)),
            ConditionOperator.NextYear => Within(stored, Year(1)),
            ConditionOperator.ThisFiscalPeriod => Within(stored, _fiscal.Period(_now)),
            ConditionOperator.LastFiscalPeriod => Within(stored, _fiscal.Period(_now, -1)),
            ConditionOperator.NextFiscalPeriod => Within(stored, _fiscal.Period(_now, 1)),
            ConditionOperator.ThisFiscalYear => Within(stored, _fiscal.Year(_now)),
            ConditionOperator.LastFiscalYear => Within(stored, _fiscal.Year(_now, -1)),
            ConditionOperator.NextFiscalYear => Within(stored, _fiscal.Year(_now, 1)),
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

    private static bool Before(object stored, DateTime limit) =>
        ValueComparison.Normalize(stored) is DateTime time && time < limit;

    /// <summary>True when the value falls in [Start, End).</summary>
    private static bool Within(object stored, (DateTime Start, DateTime End) range) =>
        ValueComparison.Normalize(stored) is DateTime time && time >= range.Start && time < range.End;

    private (DateTime, DateTime) Week(int offset)
    {
        var start = _now.Date.AddDays(-(int)_now.DayOfWeek + (7 * offset));
        return (start, start.AddDays(7));
    }

    private (DateTime, DateTime) Month(int offset)
    {
        var start = new DateTime(_now.Year, _now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(offset);
        return (start, start.AddMonths(1));
    }

    private (DateTime, DateTime) Year(int offset)
    {
        var start = new DateTime(_now.Year + offset, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return (start, start.AddYears(1));
    }
}
