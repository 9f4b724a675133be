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

    public Guid BusinessUnitId { get; init; }
    public Guid CorrelationId { get; init; }
    public int Depth { get; init; }
    public Guid InitiatingUserId { get; init; }
    public ParameterCollection InputParameters { get; init; } = null!;
    public bool IsExecutingOffline => false;
    public bool IsInTransaction { get; init; }
    public bool IsOfflinePlayback => false;
    public int IsolationMode => 2; // Sandbox: the only mode Dataverse online runs plugins in.
    public string MessageName { get; init; } = null!;
    public int Mode { get; init; }
    public DateTime OperationCreatedOn { get; init; }
    public Guid OperationId { get; init; }
    public Guid OrganizationId { get; init; }
    public string OrganizationName { get; init; } = null!;
    public ParameterCollection OutputParameters { get; init; } = null!;
    public EntityReference OwningExtension { get; init; } = null!;
    public EntityImageCollection PostEntityImages { get; init; } = null!;
    public EntityImageCollection PreEntityImages { get; init; } = null!;
    public Guid PrimaryEntityId { get; init; }
    public string PrimaryEntityName { get; init; } = null!;
    public Guid? RequestId { get; init; }
    public string SecondaryEntityName { get; init; } = "none";
    public ParameterCollection SharedVariables { get; init; } = null!;
    public Guid UserId { get; init; }

    public int Stage { get; init; }
    public IPluginExecutionContext ParentContext { get; init; } = null!;

    public Guid UserAzureActiveDirectoryObjectId => Guid.Empty;
    public Guid InitiatingUserAzureActiveDirectoryObjectId => Guid.Empty;
    public Guid InitiatingUserApplicationId => Guid.Empty;
    public Guid PortalsContactId => Guid.Empty;
    public bool IsPortalsClientCall => false;

    public Guid AuthenticatedUserId => InitiatingUserId;

    public EntityImageCollection[] PreEntityImagesCollection { get; init; } = NoImageCollections;
    public EntityImageCollection[] PostEntityImagesCollection { get; init; } = NoImageCollections;

    public string InitiatingUserAgent => "DataverseFunnel.InMemory";

    public string EnvironmentId { get; init; } = string.Empty;
    public Guid TenantId { get; init; }

    public bool IsApplicationUser => false;
}
