using System;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>The part of a step context that is the same for every step of one request.</summary>
internal sealed record ContextScope(
    InMemoryOrganizationOptions Options,
    string PrimaryEntityName,
    int Depth,
    Guid UserId,
    Guid InitiatingUserId,
    Guid CorrelationId,
    Guid? RequestId,
    DateTime OperationCreatedOn);
