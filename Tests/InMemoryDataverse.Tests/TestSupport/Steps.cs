using System;
using System.Collections.Generic;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;

namespace DataverseFunnel.InMemory.Tests.TestSupport;

/// <summary>Builds StepDefinitions for tests with readable defaults (sync, rank 1, no filter, no images).</summary>
internal static class Steps
{
    private static int _counter;

    public static StepDefinition On(
        string message,
        string table,
        PipelineStage stage,
        int rank = 1,
        ExecutionMode mode = ExecutionMode.Synchronous,
        string[]? filter = null,
        string? preImage = null,
        string[]? preColumns = null,
        string? postImage = null,
        string[]? postColumns = null,
        string? name = null,
        Guid? id = null,
        string? unsecure = null,
        string pluginType = "DataverseFunnel.InMemory.Tests.TestSupport.DelegatePlugin")
    {
        var images = new List<StepImage>();
        if (preImage is not null) images.Add(new StepImage(preImage, StepImageKind.PreImage, preColumns ?? Array.Empty<string>()));
        if (postImage is not null) images.Add(new StepImage(postImage, StepImageKind.PostImage, postColumns ?? Array.Empty<string>()));
        var n = System.Threading.Interlocked.Increment(ref _counter);
        return new StepDefinition(
            id ?? new Guid(n, 0, 0, new byte[8]),
            name ?? $"{message} {table} {stage} #{n}",
            pluginType,
            message,
            table,
            stage,
            mode,
            rank,
            filter ?? Array.Empty<string>(),
            images,
            unsecure,
            null);
    }
}
