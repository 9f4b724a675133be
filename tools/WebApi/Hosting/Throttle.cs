using System;
using System.Collections.Generic;
using System.Threading;
using DataverseFunnel.WebApi.Http;

namespace DataverseFunnel.WebApi.Hosting;

/// <summary>
/// Simulated service protection: over the request limit in the sliding window, or over the concurrency limit, a request is
/// answered 429 with Retry-After in seconds and the platform's codes
/// (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits#service-protection-api-limit-errors-returned).
/// </summary>
internal sealed class Throttle
{
    /// <summary>0x80072322: number of requests exceeded the limit.</summary>
    public const int RequestsExceeded = -2147015902;

    /// <summary>0x80072326: number of concurrent requests exceeded the limit.</summary>
    public const int ConcurrencyExceeded = -2147015898;

    private readonly ThrottleSpec _spec;
    private readonly TimeProvider _clock;
    private readonly Queue<DateTimeOffset> _recent = new();
    private int _running;

    public Throttle(ThrottleSpec spec, TimeProvider clock)
    {
        _spec = spec;
        _clock = clock;
    }

    /// <summary>Admits a request (dispose the lease when it ends) or refuses it with the exception and its Retry-After seconds.</summary>
    public IDisposable? TryEnter(out WebApiException? refusal, out int retryAfterSeconds)
    {
        var now = _clock.GetUtcNow();
        lock (_recent)
        {
            while (_recent.Count > 0 && now - _recent.Peek() >= _spec.Window) _recent.Dequeue();
            if (_recent.Count >= _spec.Requests)
            {
                retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((_recent.Peek() + _spec.Window - now).TotalSeconds));
                refusal = new WebApiException(429, RequestsExceeded,
                    $"Number of requests exceeded the limit of {_spec.Requests} over time window of {(int)_spec.Window.TotalSeconds} seconds.");
                return null;
            }

            if (_running >= _spec.Concurrent)
            {
                retryAfterSeconds = 1;
                refusal = new WebApiException(429, ConcurrencyExceeded, $"Number of concurrent requests exceeded the limit of {_spec.Concurrent}.");
                return null;
            }

            _recent.Enqueue(now);
            _running++;
        }

        refusal = null;
        retryAfterSeconds = 0;
        return new Lease(this);
    }

    private sealed class Lease : IDisposable
    {
        private Throttle? _owner;

        public Lease(Throttle owner) => _owner = owner;

        public void Dispose()
        {
            var owner = Interlocked.Exchange(ref _owner, null);
            if (owner is null) return;
            lock (owner._recent) owner._running--;
        }
    }
}
