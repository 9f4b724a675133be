using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>The context and trace of one direct plugin execution.</summary>
public sealed record PluginExecution(IPluginExecutionContext7 Context, IReadOnlyList<string> Traces);

/// <summary>
/// Runs one plugin with a context built from its StepDefinition and a Target, without the rest of the pipeline
/// (FakeXrmEasy's ExecutePluginWith style). It uses the pipeline's own pieces: the context and images from
/// <see cref="ContextFactory"/>, the step invoker and audit, and the outermost transaction of <see cref="RequestExecutor"/>,
/// so services the plugin asks for run real child pipelines inside one transaction, rolled back if the plugin throws.
/// The plugin's own exception reaches the test unchanged.
/// </summary>
internal sealed class DirectPluginRunner
{
    private readonly OrganizationCore _core;

    public DirectPluginRunner(OrganizationCore core) => _core = core;

    public PluginExecution Run(IPlugin plugin, StepDefinition step, object target, Entity? preImage, Entity? postImage, Guid userId)
    {
        if (_core.Transaction is not null) throw new InvalidOperationException("A plugin cannot be executed directly while a request is running.");
        var (entityName, entityId, input) = target switch
        {
            Entity entity => (entity.LogicalName, entity.Id, (object)Store.ValueCloner.CloneEntity(entity)),
            EntityReference reference => (reference.LogicalName, reference.Id, new EntityReference(reference.LogicalName, reference.Id)),
            _ => throw new ArgumentException("The target must be an Entity or an EntityReference.", nameof(target)),
        };
        var context = ContextFactory.ForDirect(_core, step, entityName, entityId, input, preImage, postImage, userId);

        _core.Executor.OpenTransaction();
        StepServices trace;
        try
        {
            trace = new StepInvoker(_core).RunSync(new RegisteredStep(step, plugin, -1), context);
        }
        catch (PluginStepException failed)
        {
            _core.Executor.RollBackOutermost();
            ExceptionDispatchInfo.Capture(failed.InnerException!).Throw();
            throw;
        }

        _core.Executor.CommitOutermost();
        return new PluginExecution(context, trace.Lines);
    }
}
