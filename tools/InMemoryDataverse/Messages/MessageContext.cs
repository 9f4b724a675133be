using System;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Store;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>What a handler works with: the org's parts and the origin of the request it is handling.</summary>
internal sealed class MessageContext
{
    private EntityReference? _storedUser;
    private object? _now;

    public MessageContext(OrganizationCore core, CallOrigin origin)
    {
        Core = core;
        Origin = origin;
    }

    public OrganizationCore Core { get; }

    public CallOrigin Origin { get; }

    public InMemoryStore Store => Core.Store;

    public MetadataModel Metadata => Core.Metadata;

    public TableMetadata Table(string? logicalName)
    {
        if (string.IsNullOrEmpty(logicalName))
        {
            throw Faults.Invalid("The entity's LogicalName is required: set it to the table's logical name, e.g. new Entity(\"account\").");
        }

        return Core.Metadata.FindTable(logicalName) ?? throw Faults.UnknownTable(logicalName);
    }

    public PipelineInvocation NewInvocation(string message, string? bulkMessage, string entityName, TableMetadata? table, OrganizationRequest request) =>
        new(message, bulkMessage, entityName, table, Origin, request.RequestId ?? Core.Ids.NewId(), Core.UtcNow);

    public void Run(PipelineInvocation invocation, Action<PipelineInvocation> mainOperation) =>
        Core.Stages.Run(invocation, mainOperation);

    public EntityReference CallingUser() => new("systemuser", Origin.UserId);

    /// <summary>
    /// The calling user as stored in createdby/modifiedby: one instance per request, shared by the rows it writes.
    /// Safe because stored values are never handed out (every read clones).
    /// </summary>
    public EntityReference StoredUser => _storedUser ??= CallingUser();

    /// <summary>The request's time, boxed once (boxes are immutable, so rows and Targets can share it).</summary>
    public object Now => _now ??= Core.UtcNow;

    /// <summary>A request parameter of the expected type, or a clear fault naming it.</summary>
    public static T Required<T>(OrganizationRequest request, string name)
        where T : class =>
        request.Parameters.TryGetValue(name, out var value) && value is T typed
            ? typed
            : throw Faults.Invalid($"The {request.RequestName} request needs a '{name}' parameter of type {typeof(T).Name}.");

    /// <summary>A shallow copy of the request parameters with one value replaced: the caller's objects stay untouched.</summary>
    public static ParameterCollection CopyParameters(OrganizationRequest request, string key, object value)
    {
        var copy = new ParameterCollection();
        foreach (var pair in request.Parameters) copy[pair.Key] = pair.Value;
        copy[key] = value;
        return copy;
    }
}
