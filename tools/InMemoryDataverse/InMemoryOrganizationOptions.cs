using System;

namespace DataverseFunnel.InMemory;

/// <summary>How an in-memory org is set up: its clock, id generator and identity. Every default is deterministic.</summary>
public sealed class InMemoryOrganizationOptions
{
    public TimeProvider Clock { get; init; } = new ManualClock();

    public IIdGenerator Ids { get; init; } = new SequentialIdGenerator();

    public Guid OrganizationId { get; init; } = new("0f000000-0000-0000-0000-000000000001");

    public string OrganizationName { get; init; } = "inmemory";

    public Guid BusinessUnitId { get; init; } = new("0b000000-0000-0000-0000-000000000001");

    public Guid TenantId { get; init; } = new("07000000-0000-0000-0000-000000000001");

    public string EnvironmentId { get; init; } = "00000000-0000-0000-0000-0000000000e1";

    /// <summary>The SYSTEM user (IOrganizationServiceFactory.CreateOrganizationService(null)).</summary>
    public Guid SystemUserId { get; init; } = new("05000000-0000-0000-0000-000000000001");

    /// <summary>The user of CreateService() without an id.</summary>
    public Guid DefaultUserId { get; init; } = new("05000000-0000-0000-0000-000000000002");

    /// <summary>Which steps SetState and SetStateDynamicEntity requests run (the docs leave open whether Update steps also fire).</summary>
    public SetStateRouting SetStateRouting { get; init; } = SetStateRouting.OwnMessage;

    /// <summary>How many executed steps the audit keeps (oldest dropped first); 0 turns the audit off.</summary>
    public int MaxAuditEntries { get; init; } = 10_000;

    /// <summary>The fiscal year settings the fiscal FetchXML operators (this-fiscal-period…) use.</summary>
    public FiscalCalendar FiscalCalendar { get; init; } = new();

    /// <summary>
    /// How many rows an aggregate query may read before it faults with AggregateQueryRecordLimit; the platform's
    /// default is 50,000 (a fetch's aggregatelimit may only lower it). Null lifts the limit, e.g. for a benchmark.
    /// </summary>
    public int? AggregateQueryRecordLimit { get; init; } = 50_000;
}
