using System;
using Microsoft.Xrm.Sdk;
using DataverseFunnel.InMemory.Store;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// One record's view of a request (or the bulk view of a CreateMultiple/UpdateMultiple): its parameters, the rows
/// before and after the main operation, and the SharedVariables of its PreValidation and later stages.
/// </summary>
internal sealed class PipelineItem
{
    private ParameterCollection? _preValidationShared;
    private ParameterCollection? _shared;
    private ParameterCollection? _preStageOutput;
    private EntityImageCollection? _noImages;
    private ParameterCollection? _output;

    public PipelineItem(ParameterCollection input, Entity? target, Guid id, StoredRow? preRow, ParameterCollection? output = null)
    {
        _output = output;
        Input = input;
        Target = target;
        Id = id;
        PreRow = preRow;
    }

    public ParameterCollection Input { get; }

    /// <summary>The Target entity flowing to the main operation (edits in PreValidation/PreOperation persist).</summary>
    public Entity? Target { get; }

    public Guid Id { get; set; }

    public StoredRow? PreRow { get; }

    public StoredRow? PostRow { get; set; }

    /// <summary>OutputParameters: the response results, visible to PostOperation only.</summary>
    public ParameterCollection Output => _output ??= new ParameterCollection();

    /// <summary>One empty image collection shared by this record's steps that have no image of a kind.</summary>
    public EntityImageCollection NoImages => _noImages ??= new EntityImageCollection();

    /// <summary>What PreValidation/PreOperation steps see as OutputParameters: always empty.</summary>
    public ParameterCollection PreStageOutput => _preStageOutput ??= new ParameterCollection();

    public ParameterCollection PreValidationShared => _preValidationShared ??= new ParameterCollection();

    public ParameterCollection Shared => _shared ??= new ParameterCollection();

    /// <summary>
    /// Makes this record view share <paramref name="other"/>'s SharedVariables: the passes of one request (a split
    /// Update, SetState's inner Update) are one pipeline to the steps.
    /// </summary>
    public PipelineItem SharingVariablesOf(PipelineItem other)
    {
        _preValidationShared = other.PreValidationShared;
        _shared = other.Shared;
        return this;
    }

    /// <summary>The stage-10 context that PreOperation/PostOperation steps see as ParentContext (created on first need).</summary>
    public PluginExecutionContext? PreValidationParent { get; set; }
}
