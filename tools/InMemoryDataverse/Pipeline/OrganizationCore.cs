using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Messages;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Query;
using DataverseFunnel.InMemory.Store;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>Everything one org shares: metadata, store, steps, clock, ids, audit and the transaction in progress.</summary>
internal sealed class OrganizationCore
{
    public OrganizationCore(MetadataModel metadata, InMemoryOrganizationOptions options)
    {
        Metadata = metadata;
        Options = options;
        Clock = options.Clock;
        Ids = options.Ids;
        Audit = new StepAudit(options.MaxAuditEntries);
        Query = new QueryEngine(metadata, Store, options);
        Stages = new StageRunner(this);
        Handlers = MessageHandlers.CreateDefault();
        Executor = new RequestExecutor(this);
    }

    public MetadataModel Metadata { get; }

    public InMemoryOrganizationOptions Options { get; }

    public InMemoryStore Store { get; } = new();

    public StepRegistry Steps { get; } = new();

    public TimeProvider Clock { get; }

    public IIdGenerator Ids { get; }

    public StepAudit Audit { get; }

    public List<AsyncJob> AsyncJobs { get; } = new();

    public QueryEngine Query { get; }

    public StageRunner Stages { get; }

    public MessageHandlers Handlers { get; }

    public RequestExecutor Executor { get; }

    public TransactionState? Transaction { get; set; }

    /// <summary>
    /// Serialises every request and every test-side read or write of the store: one caller at a time, so callers on
    /// many threads see exactly what one caller would. Monitor is re-entrant, so a plugin's child requests pass.
    /// </summary>
    public object Gate { get; } = new();

    public Guid SystemUserId => Options.SystemUserId;

    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;
}
