using System;

namespace DataverseFunnel.InMemory;

/// <summary>How a fiscal year is cut into periods (the organization's fiscal period setting).</summary>
public enum FiscalPeriodType
{
    /// <summary>One period a year.</summary>
    Annually,
    /// <summary>Two periods (semesters) a year.</summary>
    SemiAnnually,
    /// <summary>Four periods (quarters) a year.</summary>
    Quarterly,
    /// <summary>Twelve periods (months) a year.</summary>
    Monthly,
}

/// <summary>
/// The org's fiscal year settings that the fiscal FetchXML operators read: the year starts on StartMonth/StartDay and
/// is cut into equal periods of whole months. The platform's four-week-period template is not modelled.
/// </summary>
// Fiscal operators use "the organization's fiscal year settings": months, quarters or semesters
// (https://learn.microsoft.com/power-apps/developer/data-platform/use-fetchxml-fiscal-date-older-datetime-query-operators).
public sealed class FiscalCalendar
{
    private readonly int _startMonth = 1;
    private readonly int _startDay = 1;

    /// <summary>The month (1–12) the fiscal year starts in; default January.</summary>
    public int StartMonth
    {
        get => _startMonth;
        init => _startMonth = value is >= 1 and <= 12 ? value : throw new ArgumentOutOfRangeException(nameof(StartMonth), value, "A month is 1 to 12.");
    }

    /// <summary>The day of StartMonth (1–28) the fiscal year starts on; default 1.</summary>
    public int StartDay
    {
        get => _startDay;
        init => _startDay = value is >= 1 and <= 28 ? value : throw new ArgumentOutOfRangeException(nameof(StartDay), value, "The start day is 1 to 28 so that every month has it.");
    }

    /// <summary>The period length; default quarters.</summary>
    public FiscalPeriodType PeriodType { get; init; } = FiscalPeriodType.Quarterly;

    private int MonthsPerPeriod => PeriodType switch
    {
        FiscalPeriodType.Annually => 12,
        FiscalPeriodType.SemiAnnually => 6,
        FiscalPeriodType.Monthly => 1,
        _ => 3,
    };

    /// <summary>The fiscal year holding <paramref name="utc"/>, moved by <paramref name="offset"/> years: [start, end).</summary>
    internal (DateTime Start, DateTime End) Year(DateTime utc, int offset = 0)
    {
        var start = YearStart(utc).AddYears(offset);
        return (start, start.AddYears(1));
    }

    /// <summary>The fiscal period holding <paramref name="utc"/>, moved by <paramref name="offset"/> periods: [start, end).</summary>
    internal (DateTime Start, DateTime End) Period(DateTime utc, int offset = 0)
    {
        var yearStart = YearStart(utc);
        var months = ((utc.Year - yearStart.Year) * 12) + utc.Month - yearStart.Month - (utc.Day < _startDay ? 1 : 0);
        var start = yearStart.AddMonths(((months / MonthsPerPeriod) + offset) * MonthsPerPeriod);
        return (start, start.AddMonths(MonthsPerPeriod));
    }

    private DateTime YearStart(DateTime utc)
    {
        var start = new DateTime(utc.Year, _startMonth, _startDay, 0, 0, 0, DateTimeKind.Utc);
        return utc < start ? start.AddYears(-1) : start;
    }
}
