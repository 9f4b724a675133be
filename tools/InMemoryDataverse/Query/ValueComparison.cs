using System;
using System.Collections;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Query;

/// <summary>
/// Compares stored values with query values the way SQL Server does for Dataverse: lookups by id, choices and money
/// by number, text case-insensitively.
/// </summary>
internal static class ValueComparison
{
    /// <summary>Reduces a value to a comparable primitive (Guid, decimal, string, DateTime, bool).</summary>
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        EntityReference reference => reference.Id,
        OptionSetValue option => (decimal)option.Value,
        Money money => money.Value,
        int number => (decimal)number,
        long number => (decimal)number,
        double number => (decimal)number,
        float number => (decimal)number,
        // A UTC or unspecified time is returned as the same boxed value: sorting a big table must not box per comparison.
        DateTime time => time.Kind == DateTimeKind.Local ? Utc(time) : value,
        AliasedValue aliased => Normalize(aliased.Value),
        _ => value,
    };

    public static bool AreEqual(object? left, object? right) => Compare(left, right) == 0;

    /// <summary>The one rule for times: a local time compares as its UTC instant; UTC and unspecified as they are.</summary>
    private static DateTime Utc(DateTime time) => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;

    /// <summary>A hash that agrees with <see cref="Compare"/> equality, computed without boxing (for grouping).</summary>
    public static int HashOf(object? value) => value switch
    {
        null => 0,
        OptionSetValue option => ((decimal)option.Value).GetHashCode(),
        EntityReference reference => reference.Id.GetHashCode(),
        Money money => money.Value.GetHashCode(),
        int number => ((decimal)number).GetHashCode(),
        long number => ((decimal)number).GetHashCode(),
        string text => StringComparer.OrdinalIgnoreCase.GetHashCode(text),
        DateTime time => Utc(time).GetHashCode(),
        AliasedValue aliased => HashOf(aliased.Value),
        _ => Normalize(value)?.GetHashCode() ?? 0,
    };

    /// <summary>Orders two normalized-or-raw values; null sorts first. Mismatched types are a bad query.</summary>
    public static int Compare(object? left, object? right)
    {
        // The common choice condition (statecode eq 0) compares without boxing; it runs once per stored row.
        if (left is OptionSetValue option && right is decimal number) return ((decimal)option.Value).CompareTo(number);
        if (left is OptionSetValue first && right is OptionSetValue second) return first.Value.CompareTo(second.Value);

        // Dates and ids (conditions on dates, orders, paging) compare without boxing a normalized copy.
        if (left is DateTime leftTime && right is DateTime rightTime) return Utc(leftTime).CompareTo(Utc(rightTime));
        if (left is Guid leftId && right is Guid rightId) return leftId.CompareTo(rightId);
        left = Normalize(left);
        right = Normalize(right);
        if (left is null) return right is null ? 0 : -1;
        if (right is null) return 1;
        return (left, right) switch
        {
            (decimal a, decimal b) => a.CompareTo(b),
            (string a, string b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase),
            (DateTime a, DateTime b) => a.CompareTo(b),
            (Guid a, Guid b) => a.CompareTo(b),
            (bool a, bool b) => a.CompareTo(b),
            (bool a, decimal b) => (a ? 1m : 0m).CompareTo(b),
            (decimal a, bool b) => a.CompareTo(b ? 1m : 0m),
            (Guid a, string b) when Guid.TryParse(b, out var parsed) => a.CompareTo(parsed),
            _ => throw Faults.Invalid($"Cannot compare a {left.GetType().Name} value with a {right.GetType().Name} value in a query condition."),
        };
    }

    /// <summary>Condition values as a flat list: an array passed as the single value counts as its items.</summary>
    public static List<object?> Flatten(IEnumerable<object> values)
    {
        var flat = new List<object?>();
        foreach (var value in values)
        {
            if (value is IEnumerable items and not string)
            {
                foreach (var item in items) flat.Add(item);
            }
            else
            {
                flat.Add(value);
            }
        }

        return flat;
    }
}
