using System;
using System.Collections.Generic;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>One executed step, in order: which plugin ran, for which message, stage, depth and record, with its trace.</summary>
public sealed record StepExecution(
    Guid StepId,
    string StepName,
    string PluginTypeName,
    string MessageName,
    string PrimaryEntityName,
    Guid PrimaryEntityId,
    int Stage,
    int Mode,
    int Depth,
    bool Succeeded,
    string? Error,
    IReadOnlyList<string> Traces);

/// <summary>An async step's system job: it ran after the commit; a failure is recorded here and rolls nothing back.</summary>
public sealed record AsyncJob(
    Guid StepId,
    string StepName,
    string MessageName,
    string PrimaryEntityName,
    Guid PrimaryEntityId,
    bool Succeeded,
    string? Error);
