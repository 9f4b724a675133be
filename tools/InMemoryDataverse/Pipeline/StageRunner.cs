using System;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// Runs a request through PreValidation (10), PreOperation (20), the main operation and PostOperation (40), then
/// queues async steps for after the commit. Single-message steps run once per record; bulk-message steps once
/// with Targets (the merged pipeline). Filtering attributes are checked just before each step would run.
/// </summary>
internal sealed class StageRunner
{
    private readonly OrganizationCore _core;
    private readonly StepInvoker _invoker;

    public StageRunner(OrganizationCore core)
    {
        _core = core;
        _invoker = new StepInvoker(core);
    }

    public void Run(PipelineInvocation invocation, Action<PipelineInvocation> mainOperation)
    {
        RunPreValidation(invocation);
        RunFromPreOperation(invocation, mainOperation);
    }

    /// <summary>Stage 10: outside the transaction when the request is the outermost one.</summary>
    public void RunPreValidation(PipelineInvocation invocation) => RunStage(invocation, PipelineStage.PreValidation);

    /// <summary>PreOperation, the main operation and PostOperation: the part of a request inside the transaction.</summary>
    public void RunFromPreOperation(PipelineInvocation invocation, Action<PipelineInvocation> mainOperation)
    {
        _core.Executor.OpenTransaction();
        RunStage(invocation, PipelineStage.PreOperation);
        mainOperation(invocation);
        RunStage(invocation, PipelineStage.PostOperation);
        QueueAsync(invocation);
    }

    private void RunStage(PipelineInvocation invocation, PipelineStage stage)
    {
        var steps = _core.Steps.For(invocation.Message, invocation.BulkMessage, invocation.EntityName, stage, ExecutionMode.Synchronous);
        foreach (var step in steps)
        {
            if (IsSingle(step, invocation))
            {
                foreach (var item in invocation.Items)
                {
                    if (step.PassesFilter(item.Target)) _invoker.RunSync(step, ContextFactory.ForItem(_core, invocation, item, step, stage, ExecutionMode.Synchronous));
                }
            }
            else if (invocation.Bulk is { } bulk && AnyPasses(step, invocation))
            {
                _invoker.RunSync(step, ContextFactory.ForBulk(_core, invocation, bulk, step, stage, ExecutionMode.Synchronous));
            }
        }
    }

    private void QueueAsync(PipelineInvocation invocation)
    {
        var steps = _core.Steps.For(invocation.Message, invocation.BulkMessage, invocation.EntityName, PipelineStage.PostOperation, ExecutionMode.Asynchronous);
        if (steps.Length == 0) return;
        var queue = _core.Transaction!.AsyncQueue;
        foreach (var step in steps)
        {
            if (IsSingle(step, invocation))
            {
                foreach (var item in invocation.Items)
                {
                    if (step.PassesFilter(item.Target)) queue.Add(new QueuedAsyncStep(step, ContextFactory.ForItem(_core, invocation, item, step, PipelineStage.PostOperation, ExecutionMode.Asynchronous)));
                }
            }
            else if (invocation.Bulk is { } bulk && AnyPasses(step, invocation))
            {
                queue.Add(new QueuedAsyncStep(step, ContextFactory.ForBulk(_core, invocation, bulk, step, PipelineStage.PostOperation, ExecutionMode.Asynchronous)));
            }
        }
    }

    public void RunQueuedAsync(TransactionState transaction)
    {
        foreach (var queued in transaction.AsyncQueue) _invoker.RunAsync(queued);
    }

    private static bool IsSingle(RegisteredStep step, PipelineInvocation invocation) =>
        string.Equals(step.Definition.Message, invocation.Message, StringComparison.Ordinal);

    /// <summary>UpdateMultiple rule: a filtered bulk step runs when any Target holds any of its columns.</summary>
    private static bool AnyPasses(RegisteredStep step, PipelineInvocation invocation)
    {
        if (!step.HasFilter) return true;
        foreach (var item in invocation.Items)
        {
            if (step.PassesFilter(item.Target)) return true;
        }

        return false;
    }
}
