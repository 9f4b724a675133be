using System;

namespace DataverseFunnel.InMemory;

/// <summary>A clock that only moves when told to: the org's only source of time (no wall clock inside).</summary>
public sealed class ManualClock : TimeProvider
{
    /// <summary>The default start: 2026-01-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _now;

    public ManualClock()
        : this(DefaultStart)
    {
    }

    public ManualClock(DateTimeOffset start) => _now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "Time only moves forward; use SetUtcNow to jump back.");
        _now = _now.Add(by);
    }

    public void SetUtcNow(DateTimeOffset now) => _now = now.ToUniversalTime();
}
