using System;
using System.Collections.Generic;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// The org's registered steps, looked up per (message, bulk message, table, stage, mode) and cached as arrays
/// sorted by rank, then step id (the platform's deterministic tie-break), then registration order.
/// </summary>
internal sealed class StepRegistry
{
    private readonly List<RegisteredStep> _steps = new();
    private readonly Dictionary<StepKey, RegisteredStep[]> _cache = new();

    public IReadOnlyList<RegisteredStep> All => _steps;

    public RegisteredStep Add(StepDefinition definition, Microsoft.Xrm.Sdk.IPlugin plugin)
    {
        foreach (var existing in _steps)
        {
            if (existing.Definition.Id == definition.Id)
            {
                throw new ArgumentException($"A step with id {definition.Id} ('{existing.Definition.Name}') is already registered.", nameof(definition));
            }
        }

        var step = new RegisteredStep(definition, plugin, _steps.Count);
        _steps.Add(step);
        _cache.Clear();
        return step;
    }

    /// <summary>Steps of the single message and of its bulk twin (merged pipeline) for one stage and mode, in run order.</summary>
    public RegisteredStep[] For(string message, string? bulkMessage, string entity, PipelineStage stage, ExecutionMode mode)
    {
        var key = new StepKey(message, bulkMessage, entity, stage, mode);
        if (_cache.TryGetValue(key, out var cached)) return cached;
        var matches = new List<RegisteredStep>();
        foreach (var step in _steps)
        {
            var d = step.Definition;
            if (d.Stage != stage || d.Mode != mode) continue;
            if (!string.Equals(d.Message, message, StringComparison.Ordinal) && !string.Equals(d.Message, bulkMessage, StringComparison.Ordinal)) continue;
            if (!AppliesTo(d.PrimaryEntity, entity)) continue;
            matches.Add(step);
        }

        matches.Sort(static (a, b) =>
        {
            var byRank = a.Definition.Rank.CompareTo(b.Definition.Rank);
            if (byRank != 0) return byRank;
            var byId = a.Definition.Id.CompareTo(b.Definition.Id);
            return byId != 0 ? byId : a.Order.CompareTo(b.Order);
        });
        var result = matches.ToArray();
        _cache[key] = result;
        return result;
    }

    /// <summary>True when any step (any stage or mode) is registered for the message on the table.</summary>
    public bool Any(string message, string entity)
    {
        var key = new StepKey(message, null, entity, 0, 0);
        if (_cache.TryGetValue(key, out var cached)) return cached.Length > 0;
        var matches = _steps.FindAll(s => string.Equals(s.Definition.Message, message, StringComparison.Ordinal) && AppliesTo(s.Definition.PrimaryEntity, entity));
        _cache[key] = matches.ToArray();
        return matches.Count > 0;
    }

    private static bool AppliesTo(string registered, string entity) =>
        string.IsNullOrEmpty(registered) || registered == "none" || string.Equals(registered, entity, StringComparison.Ordinal);

    private readonly record struct StepKey(string Message, string? Bulk, string Entity, PipelineStage Stage, ExecutionMode Mode);
}
