using System;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>Who sends a request and from where: a caller (depth 1) or a plugin step's service (its depth + 1).</summary>
internal sealed record CallOrigin(Guid UserId, Guid InitiatingUserId, PluginExecutionContext? Parent, int Depth, bool InTransaction, Guid CorrelationId)
{
    public static CallOrigin TopLevel(Guid userId, Guid correlationId) => new(userId, userId, null, 1, false, correlationId);

    /// <summary>A request made through a service the step got from IOrganizationServiceFactory.</summary>
    public static CallOrigin ChildOf(PluginExecutionContext parent, Guid userId) =>
        new(userId, parent.InitiatingUserId, parent, parent.Depth + 1, parent.IsInTransaction, parent.CorrelationId);
}
