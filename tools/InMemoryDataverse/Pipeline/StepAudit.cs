using System;
using System.Collections.Generic;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// The ordered log of executed steps, a bounded ring so long runs (benchmarks, demos) don't grow without limit.
/// Entries are kept as structs and turned into <see cref="StepExecution"/> records only when read.
/// </summary>
internal sealed class StepAudit
{
    private readonly Entry[] _ring;
    private int _start;
    private int _count;

    public StepAudit(int capacity) => _ring = new Entry[Math.Max(0, capacity)];

    public IReadOnlyList<StepExecution> Entries
    {
        get
        {
            var entries = new StepExecution[_count];
            for (var i = 0; i < _count; i++)
            {
                var e = _ring[(_start + i) % _ring.Length];
                var d = e.Step.Definition;
                entries[i] = new StepExecution(d.Id, d.Name, d.PluginTypeName, e.Message, e.Entity, e.EntityId, e.Stage, e.Mode, e.Depth, e.Error is null, e.Error, e.Traces);
            }

            return entries;
        }
    }

    public void Clear()
    {
        Array.Clear(_ring);
        _start = 0;
        _count = 0;
    }

    public void Record(RegisteredStep step, PluginExecutionContext context, StepServices trace, Exception? failure)
    {
        if (_ring.Length == 0) return;
        var entry = new Entry(step, context.MessageName, context.PrimaryEntityName, context.PrimaryEntityId, context.Stage, context.Mode, context.Depth, failure?.Message, trace.Lines);
        if (_count < _ring.Length)
        {
            _ring[(_start + _count) % _ring.Length] = entry;
            _count++;
        }
        else
        {
            _ring[_start] = entry;
            _start = (_start + 1) % _ring.Length;
        }
    }

    private readonly record struct Entry(RegisteredStep Step, string Message, string Entity, Guid EntityId, int Stage, int Mode, int Depth, string? Error, IReadOnlyList<string> Traces);
}
