using System;
using System.Collections.Generic;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>The ordered log of executed steps, bounded so long runs (benchmarks, demos) don't grow without limit.</summary>
internal sealed class StepAudit
{
    private readonly Queue<StepExecution> _entries = new();
    private readonly int _capacity;

    public StepAudit(int capacity) => _capacity = capacity;

    public IReadOnlyList<StepExecution> Entries => _entries.ToArray();

    public void Clear() => _entries.Clear();

    public void Record(RegisteredStep step, PluginExecutionContext context, CapturingTracingService trace, Exception? failure)
    {
        if (_capacity <= 0) return;
        if (_entries.Count >= _capacity) _entries.Dequeue();
        var d = step.Definition;
        _entries.Enqueue(new StepExecution(
            d.Id, d.Name, d.PluginTypeName, context.MessageName, context.PrimaryEntityName, context.PrimaryEntityId,
            context.Stage, context.Mode, context.Depth, failure is null, failure?.Message, trace.Lines));
    }
}
