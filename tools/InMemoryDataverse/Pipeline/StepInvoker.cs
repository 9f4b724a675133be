using System;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>Runs one plugin with its service provider, capturing its trace and recording it in the step audit.</summary>
internal sealed class StepInvoker
{
    private readonly OrganizationCore _core;

    public StepInvoker(OrganizationCore core) => _core = core;

    /// <summary>Runs a synchronous step and returns its services (the trace); a throw becomes a <see cref="PluginStepException"/> holding the caller's fault.</summary>
    public StepServices RunSync(RegisteredStep step, PluginExecutionContext context)
    {
        var trace = new StepServices(_core, context);
        try
        {
            step.Plugin.Execute(trace);
        }
        catch (Exception exception)
        {
            _core.Audit.Record(step, context, trace, exception);
            throw new PluginStepException(Faults.FromPluginException(exception, trace.ToString()), exception);
        }

        _core.Audit.Record(step, context, trace, null);
        return trace;
    }

    /// <summary>Runs an async step after the commit: a throw is recorded on its job, nothing is rolled back.</summary>
    public void RunAsync(QueuedAsyncStep queued)
    {
        var trace = new StepServices(_core, queued.Context);
        Exception? failure = null;
        try
        {
            queued.Step.Plugin.Execute(trace);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        _core.Audit.Record(queued.Step, queued.Context, trace, failure);
        _core.AsyncJobs.Add(new AsyncJob(
            queued.Step.Definition.Id,
            queued.Step.Definition.Name,
            queued.Context.MessageName,
            queued.Context.PrimaryEntityName,
            queued.Context.PrimaryEntityId,
            failure is null,
            failure is null ? null : (failure is System.ServiceModel.FaultException<OrganizationServiceFault> fault ? fault.Detail.Message : failure.Message)));
    }
}
