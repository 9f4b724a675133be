using System;
using DataverseFunnel.InMemory.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// Executes one request inside the org's transaction. The outermost request opens the journal; any failure rolls the
/// store back to its state before that request (child writes included) and surfaces as a FaultException. A child
/// failure rolls back to its own savepoint and, when a plugin step threw, dooms the transaction: the platform
/// refuses further work once a plugin ignored a failed call. Async steps run only after the outermost commit.
/// </summary>
internal sealed class RequestExecutor
{
    /// <summary>The platform's infinite-loop guard: a request may nest at most this deep.</summary>
    public const int MaxDepth = 8;

    private const string NoActiveTransactionMessage =
        "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.";

    private readonly OrganizationCore _core;

    public RequestExecutor(OrganizationCore core) => _core = core;

    public OrganizationResponse Execute(OrganizationRequest request, CallOrigin origin)
    {
        if (request is null) throw Faults.Invalid("The request is null.");
        var transaction = _core.Transaction;
        var owner = transaction is null;
        if (owner)
        {
            transaction = new TransactionState(_core.Store.OpenJournal());
            _core.Transaction = transaction;
        }
        else if (transaction!.Doomed)
        {
            throw Faults.Create(ErrorCodes.NoActiveTransaction, NoActiveTransactionMessage);
        }

        var savepoint = _core.Store.JournalMark;
        OrganizationResponse response;
        try
        {
            if (origin.Depth > MaxDepth)
            {
                throw Faults.Create(ErrorCodes.InfiniteLoop, $"This request was canceled because it reached the maximum depth of {MaxDepth}: a plug-in calls back into the pipeline in an infinite loop. Use filtering attributes or compare with the pre-image to stop the recursion.");
            }

            var handler = _core.Handlers.Find(request.RequestName)
                ?? throw Faults.Create(ErrorCodes.MessageNotSupported, $"The message '{request.RequestName}' is not supported by the in-memory org. Supported: {string.Join(", ", _core.Handlers.Names)}.");
            response = handler.Handle(request, new MessageContext(_core, origin));
            if (owner && transaction.Doomed) throw Faults.Create(ErrorCodes.NoActiveTransaction, NoActiveTransactionMessage);
        }
        catch (Exception exception)
        {
            if (owner)
            {
                _core.Store.RollbackTo(transaction.JournalMark);
                _core.Store.CloseJournal();
                _core.Transaction = null;
            }
            else
            {
                _core.Store.RollbackTo(savepoint);
                if (exception is PluginStepException) transaction.Doomed = true;
            }

            // A step's failure reaches the caller as its fault; faults and harness errors pass through as they are.
            if (exception is PluginStepException step) throw step.Fault;
            throw;
        }

        if (owner)
        {
            _core.Store.CloseJournal();
            _core.Transaction = null;
            _core.Stages.RunQueuedAsync(transaction);
        }

        return response;
    }
}
