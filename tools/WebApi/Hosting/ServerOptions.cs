using System;

namespace DataverseFunnel.WebApi.Hosting;

/// <summary>How <c>funnel serve</c> listens and whom it lets in.</summary>
internal sealed class ServerOptions
{
    /// <summary>The port <c>funnel serve</c> listens on unless told otherwise.</summary>
    public const int DefaultPort = 5555;

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The bearer token every request must carry (also what /signin accepts).</summary>
    public required string Token { get; init; }

    /// <summary>Simulated service-protection limits; null: off.</summary>
    public ThrottleSpec? Throttle { get; init; }

    /// <summary>
    /// Request bodies above this many bytes are refused with 413. The docs found give no Web API body limit (a known gap
    /// in the readme notes), so the default is a generous 128 MB.
    /// </summary>
    public long MaxRequestBodyBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>The clock of the throttle's window.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
