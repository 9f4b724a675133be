using System;
using System.Collections.Generic;
using System.Reflection;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Store;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory;

/// <summary>
/// An in-memory Dataverse organization: known tables, a plugin pipeline with transactions, and services to call it.
/// <code>
/// var org = new InMemoryOrganization(new MetadataBuilder().Table("bowtie_journey", t => t.PrimaryName("bowtie_name", 200)).Build());
/// org.RegisterPlugin&lt;MyPlugin&gt;();
/// IOrganizationService service = org.CreateService();
/// </code>
/// Single-threaded by design: one test, one org.
/// </summary>
public sealed partial class InMemoryOrganization
{
    private readonly OrganizationCore _core;

    public InMemoryOrganization(MetadataModel? metadata = null, InMemoryOrganizationOptions? options = null)
    {
        _core = new OrganizationCore(metadata ?? MetadataModel.CoreOnly(), options ?? new InMemoryOrganizationOptions());
        SeedPlatformRows();
    }

    public MetadataModel Metadata => _core.Metadata;

    /// <summary>The org's parts, for tests and benchmarks that need the raw store.</summary>
    internal OrganizationCore Core => _core;

    public InMemoryOrganizationOptions Options => _core.Options;

    /// <summary>The org's clock (the only source of createdon/modifiedon and date conditions).</summary>
    public TimeProvider Clock => _core.Clock;

    public Guid SystemUserId => _core.Options.SystemUserId;

    public Guid DefaultUserId => _core.Options.DefaultUserId;

    /// <summary>Moves the org's <see cref="ManualClock"/> forward.</summary>
    public void AdvanceClock(TimeSpan by)
    {
        var clock = _core.Clock as ManualClock ?? throw new InvalidOperationException("The org was built with a clock it cannot move; pass a ManualClock in the options.");
        lock (_core.Gate) clock.Advance(by);
    }

    /// <summary>A service whose calls run as <paramref name="userId"/> (default: the default user).</summary>
    public InMemoryOrganizationService CreateService(Guid? userId = null) => new(_core, userId ?? DefaultUserId, null);

    /// <summary>The executed steps in order (bounded by MaxAuditEntries), with each step's trace.</summary>
    public IReadOnlyList<StepExecution> StepAudit
    {
        get
        {
            lock (_core.Gate) return _core.Audit.Entries;
        }
    }

    /// <summary>Every trace line written by steps, in order.</summary>
    public IReadOnlyList<string> Traces
    {
        get
        {
            var lines = new List<string>();
            foreach (var step in StepAudit) lines.AddRange(step.Traces);
            return lines;
        }
    }

    public void ClearAudit()
    {
        lock (_core.Gate) _core.Audit.Clear();
    }

    /// <summary>System jobs of async steps, succeeded or failed.</summary>
    public IReadOnlyList<AsyncJob> AsyncJobs
    {
        get
        {
            lock (_core.Gate) return _core.AsyncJobs.ToArray();
        }
    }

    /// <summary>The registered steps, in registration order.</summary>
    public IReadOnlyList<StepDefinition> Steps
    {
        get
        {
            var steps = new List<StepDefinition>();
            lock (_core.Gate)
            {
                foreach (var step in _core.Steps.All) steps.Add(step.Definition);
            }

            return steps;
        }
    }

    /// <summary>Registers every [StepRegistration] of the plugin type (validated), with one plugin instance per step.</summary>
    public IReadOnlyList<StepDefinition> RegisterPlugin<TPlugin>(string? secureConfiguration = null)
        where TPlugin : IPlugin => RegisterPlugin(typeof(TPlugin), secureConfiguration);

    public IReadOnlyList<StepDefinition> RegisterPlugin(Type pluginType, string? secureConfiguration = null)
    {
        var steps = StepRegistrationReader.FromType(pluginType);
        if (steps.Count == 0) throw new StepRegistrationException($"'{pluginType.FullName}' declares no [StepRegistration]; register its steps with RegisterStep instead.");
        foreach (var step in steps) RegisterStep(step, pluginType, secureConfiguration);
        return steps;
    }

    /// <summary>Registers every declared step of every plugin type in the assembly.</summary>
    public IReadOnlyList<StepDefinition> RegisterPluginsFrom(Assembly assembly)
    {
        var steps = StepRegistrationReader.FromAssembly(assembly);
        RegisterSteps(steps, assembly);
        return steps;
    }

    /// <summary>
    /// Registers steps described elsewhere (e.g. the packed solution's SdkMessageProcessingStep XML), resolving each
    /// step's plugin type by full name in <paramref name="pluginAssembly"/>.
    /// </summary>
    public void RegisterSteps(IEnumerable<StepDefinition> steps, Assembly pluginAssembly)
    {
        foreach (var step in steps)
        {
            var type = pluginAssembly.GetType(step.PluginTypeName, throwOnError: false)
                ?? throw new StepRegistrationException($"Step '{step.Name}' names plugin type '{step.PluginTypeName}', which '{pluginAssembly.GetName().Name}' does not contain.");
            RegisterStep(step, type);
        }
    }

    /// <summary>Registers a step (e.g. read from a solution's SdkMessageProcessingStep) for a plugin type.</summary>
    public void RegisterStep(StepDefinition step, Type pluginType, string? secureConfiguration = null)
    {
        if (!string.Equals(step.PluginTypeName, pluginType.FullName, StringComparison.Ordinal))
        {
            throw new StepRegistrationException($"Step '{step.Name}' is for plugin type '{step.PluginTypeName}', not '{pluginType.FullName}'.");
        }

        StepRegistrationGuard.EnsureValid(step, _core.Metadata, _core.Handlers);
        var plugin = PluginActivator.Create(pluginType, step.UnsecureConfiguration, secureConfiguration);
        lock (_core.Gate) _core.Steps.Add(step, plugin);
    }

    /// <summary>
    /// Registers one step in one line, e.g.
    /// <c>org.RegisterStep&lt;MyPlugin&gt;("Update", "account", PipelineStage.PreOperation, rank: 2, filteringAttributes: new[] { "name" }, preImage: "pre")</c>.
    /// Image columns default to all columns; the step id is derived from the arguments, so it is stable across runs.
    /// </summary>
    public StepDefinition RegisterStep<TPlugin>(
        string message,
        string table,
        PipelineStage stage,
        ExecutionMode mode = ExecutionMode.Synchronous,
        int rank = 1,
        string[]? filteringAttributes = null,
        string? preImage = null,
        string[]? preImageColumns = null,
        string? postImage = null,
        string[]? postImageColumns = null,
        string? unsecureConfiguration = null,
        string? secureConfiguration = null)
        where TPlugin : IPlugin
    {
        var images = new List<StepImage>(2);
        if (preImage is not null) images.Add(new StepImage(preImage, StepImageKind.PreImage, preImageColumns ?? Array.Empty<string>()));
        if (postImage is not null) images.Add(new StepImage(postImage, StepImageKind.PostImage, postImageColumns ?? Array.Empty<string>()));
        var type = typeof(TPlugin);
        var name = $"{type.Name}: {message} of {table} ({stage})";
        var step = new StepDefinition(StableStepId(type.FullName + "|" + name + "|" + rank + "|" + Steps.Count), name, type.FullName!, message, table, stage, mode, rank,
            filteringAttributes ?? Array.Empty<string>(), images, unsecureConfiguration, null);
        RegisterStep(step, type, secureConfiguration);
        return step;
    }

    /// <summary>A name-based id (MD5 of the text): the same registration gets the same id in every run.</summary>
    private static Guid StableStepId(string text)
    {
        using var md5 = System.Security.Cryptography.MD5.Create();
        return new Guid(md5.ComputeHash(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Registers a step with a plugin instance you built (reused for every execution).</summary>
    public void RegisterStep(StepDefinition step, IPlugin plugin)
    {
        StepRegistrationGuard.EnsureValid(step, _core.Metadata, _core.Handlers);
        lock (_core.Gate) _core.Steps.Add(step, plugin);
    }

    /// <summary>A copy of the whole store; cheap (rows are immutable and shared).</summary>
    public StoreSnapshot Snapshot()
    {
        lock (_core.Gate) return _core.Store.Snapshot();
    }

    /// <summary>
    /// Runs <paramref name="work"/> as one transaction, as ExecuteTransaction does
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction) and a Web API
    /// change set does: no other caller's request runs in between, and when the work returns false or throws, every
    /// write it made is undone. Returns whether it committed.
    /// </summary>
    public bool RunAtomically(Func<bool> work)
    {
        lock (_core.Gate)
        {
            if (_core.Transaction is not null) throw new InvalidOperationException("Cannot start an atomic unit inside a running request.");
            var before = _core.Store.Snapshot();
            var committed = false;
            try
            {
                committed = work();
                return committed;
            }
            finally
            {
                if (!committed) _core.Store.Restore(before);
            }
        }
    }

    public void Restore(StoreSnapshot snapshot)
    {
        lock (_core.Gate)
        {
            if (_core.Transaction is not null) throw new InvalidOperationException("Cannot restore a snapshot while a request is running.");
            _core.Store.Restore(snapshot);
        }
    }

    private void SeedPlatformRows()
    {
        Seed(new Entity("systemuser", SystemUserId) { ["fullname"] = "SYSTEM" });
        Seed(new Entity("systemuser", DefaultUserId) { ["fullname"] = "Default User" });
        foreach (var flow in _core.Metadata.BusinessProcessFlows)
        {
            Seed(new Entity("workflow", flow.ProcessId)
            {
                ["name"] = flow.Name,
                ["uniquename"] = flow.TableName,
                ["primaryentity"] = flow.PrimaryEntity,
                ["category"] = new OptionSetValue(4), // business process flow
                ["statecode"] = new OptionSetValue(1),
            });
            foreach (var stage in flow.Stages)
            {
                var row = new Entity("processstage", stage.Id)
                {
                    ["stagename"] = stage.Name,
                    ["processid"] = new EntityReference("workflow", flow.ProcessId),
                    ["primaryentitytypecode"] = flow.PrimaryEntity,
                };
                if (stage.Category is int category) row["stagecategory"] = new OptionSetValue(category);
                Seed(row);
            }
        }
    }
}
