using System;

namespace DataverseFunnel.InMemory;

/// <summary>Where the org gets new ids (rows, requests, correlation ids). No Guid.NewGuid inside the org.</summary>
public interface IIdGenerator
{
    Guid NewId();
}

/// <summary>Deterministic ids: a fixed prefix and a counter, so runs are repeatable and ids sort by creation order.</summary>
public sealed class SequentialIdGenerator : IIdGenerator
{
    private readonly uint _prefix;
    private long _next;

    /// <param name="prefix">Distinguishes generators (e.g. per test) in the first id block.</param>
    public SequentialIdGenerator(uint prefix = 0xD47A0000) => _prefix = prefix;

    public Guid NewId()
    {
        var n = ++_next;
        return new Guid(_prefix, 0, 0, 0, 0, (byte)(n >> 40), (byte)(n >> 32), (byte)(n >> 24), (byte)(n >> 16), (byte)(n >> 8), (byte)n);
    }
}
