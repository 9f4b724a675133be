using System;

namespace DataverseFunnel.InMemory.Query.Fetch;

/// <summary>The part of a date a groupby attribute groups on (fetch attribute dategrouping).</summary>
internal enum FetchDateGrouping
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// <summary>The group value of a date: a whole number, as the platform returns it.</summary>
// Grouping by parts of a date: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#grouping-by-parts-of-a-date
// (its example: 2023-03-25 is day 25, week 12, month 3; weeks are counted from 1 January, starting on Sunday).
internal static class FetchDateGroupingValues
{
    public static FetchDateGrouping? Parse(string? text) => text switch
    {
        null => null,
        "day" => FetchDateGrouping.Day,
        "week" => FetchDateGrouping.Week,
        "month" => FetchDateGrouping.Month,
        "quarter" => FetchDateGrouping.Quarter,
        "year" => FetchDateGrouping.Year,
        "fiscal-period" or "fiscal-year" => throw Pipeline.Faults.Invalid($"dategrouping '{text}' is not supported by the in-memory org (its result format is not documented); group by day, week, month, quarter or year."),
        _ => throw Pipeline.Faults.Create(Pipeline.ErrorCodes.InvalidXml, $"dategrouping '{text}' is not valid; use day, week, month, quarter, year, fiscal-period or fiscal-year."),
    };

    public static int Of(DateTime utc, FetchDateGrouping grouping) => grouping switch
    {
        FetchDateGrouping.Day => utc.Day,
        FetchDateGrouping.Week => ((utc.DayOfYear - 1 + (int)new DateTime(utc.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc).DayOfWeek) / 7) + 1,
        FetchDateGrouping.Month => utc.Month,
        FetchDateGrouping.Quarter => ((utc.Month - 1) / 3) + 1,
        _ => utc.Year,
    };
}
