using System;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// The one context object a step receives: it implements IPluginExecutionContext through IPluginExecutionContext7,
/// so a plugin asking the service provider for any of those versions gets this same instance.
/// </summary>
internal sealed class PluginExecutionContext : IPluginExecutionContext7
{
    private static readonly EntityImageCollection[] NoImageCollections = Array.Empty<EntityImageCollection>();
    private EntityImageCollection[]? _preCollection;
    private ParameterCollection? _output;
    private ParameterCollection? _shared;
    private IPluginExecutionContext? _parent;
    private EntityImageCollection[]? _postCollection;

    /// <summary>What every context of one request shares (users, depth, ids, org), held once rather than copied per step.</summary>
    public ContextScope Scope { get; init; } = null!;

    public Guid BusinessUnitId => Scope.Options.BusinessUnitId;
    public Guid CorrelationId => Scope.CorrelationId;
    public int Depth => Scope.Depth;
    public Guid InitiatingUserId => Scope.InitiatingUserId;
    public ParameterCollection InputParameters { get; init; } = null!;
    public bool IsExecutingOffline => false;
    public bool IsInTransaction { get; init; }
    public bool IsOfflinePlayback => false;
    public int IsolationMode => 2; // Sandbox: the only mode Dataverse online runs plugins in.
    public string MessageName { get; init; } = null!;
    public int Mode { get; init; }
    public DateTime OperationCreatedOn => Scope.OperationCreatedOn;
    public Guid OperationId { get; init; }
    public Guid OrganizationId => Scope.Options.OrganizationId;
    public string OrganizationName => Scope.Options.OrganizationName;
    /// <summary>The main operation (30, a Custom API's plugin) writes the response results and stage 40 sees them; earlier stages an empty collection of their own.</summary>
    public ParameterCollection OutputParameters
    {
        get => _output ??= View is null ? new ParameterCollection() : Stage >= 30 ? View.Output : View.PreStageOutput;
        init => _output = value;
    }
    public EntityReference OwningExtension { get; init; } = null!;
    public EntityImageCollection PostEntityImages { get; init; } = null!;
    public EntityImageCollection PreEntityImages { get; init; } = null!;
    public Guid PrimaryEntityId { get; init; }
    public string PrimaryEntityName => Scope.PrimaryEntityName;
    public Guid? RequestId => Scope.RequestId;
    public string SecondaryEntityName => "none";
    /// <summary>PreValidation has its own SharedVariables; PreOperation and PostOperation share one (made on first use).</summary>
    public ParameterCollection SharedVariables
    {
        get => _shared ??= View is null ? new ParameterCollection() : Stage == 10 ? View.PreValidationShared : View.Shared;
        init => _shared = value;
    }

    /// <summary>The record view whose parameters this context exposes (lets collections be created only when used).</summary>
    internal PipelineItem? View { get; init; }
    public Guid UserId => Scope.UserId;

    public int Stage { get; init; }
    /// <summary>
    /// The caller's context at PreValidation; at PreOperation/PostOperation the request's stage-10 context (whose
    /// SharedVariables hold what PreValidation set), made on first read and then shared by the record's later steps.
    /// </summary>
    public IPluginExecutionContext ParentContext
    {
        get => _parent ??= ParentSource is { } invocation && View is { } view
            ? view.PreValidationParent ??= ContextFactory.PreValidationParent(Scope, invocation, view, MessageName, PrimaryEntityId)
            : null!;
        init => _parent = value;
    }

    /// <summary>Set for PreOperation/PostOperation contexts: the request whose stage-10 context is the parent.</summary>
    internal PipelineInvocation? ParentSource { get; init; }

    public Guid UserAzureActiveDirectoryObjectId => Guid.Empty;
    public Guid InitiatingUserAzureActiveDirectoryObjectId => Guid.Empty;
    public Guid InitiatingUserApplicationId => Guid.Empty;
    public Guid PortalsContactId => Guid.Empty;
    public bool IsPortalsClientCall => false;

    public Guid AuthenticatedUserId => InitiatingUserId;

    /// <summary>Bulk steps get arrays aligned with Targets; a single-record step gets its own images as a one-item array.</summary>
    public EntityImageCollection[] PreEntityImagesCollection
    {
        get => _preCollection ??= PreEntityImages is null ? NoImageCollections : new[] { PreEntityImages };
        init => _preCollection = value;
    }

    public EntityImageCollection[] PostEntityImagesCollection
    {
        get => _postCollection ??= PostEntityImages is null ? NoImageCollections : new[] { PostEntityImages };
        init => _postCollection = value;
    }

    public string InitiatingUserAgent => "DataverseFunnel.InMemory";

    public string EnvironmentId => Scope.Options.EnvironmentId;
    public Guid TenantId => Scope.Options.TenantId;

    public bool IsApplicationUser => false;
}
