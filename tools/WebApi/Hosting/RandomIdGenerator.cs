using System;
using DataverseFunnel.InMemory;

namespace DataverseFunnel.WebApi.Hosting;

/// <summary>Random ids for a served org: clients keep ids across imports, so a restarted counter would collide.</summary>
internal sealed class RandomIdGenerator : IIdGenerator
{
    public Guid NewId() => Guid.NewGuid();
}
