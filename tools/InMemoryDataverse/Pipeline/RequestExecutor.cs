using System;
using DataverseFunnel.InMemory.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// Executes one request. Requests are serialised on the org's gate (one writer at a time; a plugin's child requests
/// re-enter on the same thread), so many callers see exactly what one caller would. The outermost request's
/// transaction opens after its PreValidation stage (<see cref="OpenTransaction"/>): PreValidation runs outside it, so
/// what a PreValidation step wrote survives a later failure. Any failure rolls the store back to the start of the
/// transaction (child writes included) and surfaces as a FaultException. A child failure rolls back to its own
/// savepoint and, when a plugin step threw, dooms the transaction: the platform refuses further work once a plugin
/// ignored a failed call. Async steps run only after the outermost commit.
/// </summary>
internal sealed class RequestExecutor
{
    /// <summary>The platform's infinite-loop guard: a request may nest at most this deep.</summary>
    public const int MaxDepth = 8;

    private readonly OrganizationCore _core;

    public RequestExecutor(OrganizationCore core) => _core = core;

    public OrganizationResponse Execute(OrganizationRequest request, Func<CallOrigin> origin)
    {
        if (request is null) throw Faults.Invalid("The request is null.");
        lock (_core.Gate)
        {
            return ExecuteSerialised(request, origin());
        }
    }

    /// <summary>
    /// Opens the outermost request's transaction if none is open: called after PreValidation, because "PreValidation
    /// ... occurs outside the database transaction" (https://learn.microsoft.com/power-apps/developer/data-platform/event-framework).
    /// </summary>
    public void OpenTransaction()
    {
        if (_core.Transaction is null) _core.Transaction = new TransactionState(_core.Store.OpenJournal());
    }

    /// <summary>Rolls the outermost transaction back to where it opened (child writes included) and closes it.</summary>
    public void RollBackOutermost()
    {
        if (_core.Transaction is not { } transaction) return;
        _core.Store.RollbackTo(transaction.JournalMark);
        _core.Store.CloseJournal();
        _core.Transaction = null;
    }

    /// <summary>Commits the outermost transaction, then runs the async steps it queued.</summary>
    public void CommitOutermost()
    {
        if (_core.Transaction is not { } committed) return;
        _core.Store.CloseJournal();
        _core.Transaction = null;
        _core.Stages.RunQueuedAsync(committed);
    }

    private OrganizationResponse ExecuteSerialised(OrganizationRequest request, CallOrigin origin)
    {
        // Outermost: no transaction is open yet, so whatever opens while this request runs is its own to commit or roll back.
        var outermost = _core.Transaction is null;
        if (!outermost && _core.Transaction!.Doomed) throw Faults.Create(ErrorCodes.NoActiveTransaction, ErrorCodes.NoActiveTransactionMessage);
        var savepoint = _core.Store.JournalMark;
        OrganizationResponse response;
        try
        {
            if (origin.Depth > MaxDepth) throw Faults.Create(ErrorCodes.InfiniteLoop, ErrorCodes.InfiniteLoopMessage);
            var handler = _core.Handlers.Find(request.RequestName)
                ?? throw Faults.Create(ErrorCodes.MessageNotSupported, $"The message '{request.RequestName}' is not supported by the in-memory org. Supported: {string.Join(", ", _core.Handlers.Names)}.");
            response = handler.Handle(request, new MessageContext(_core, origin));
            if (outermost && _core.Transaction is { Doomed: true }) throw Faults.Create(ErrorCodes.NoActiveTransaction, ErrorCodes.NoActiveTransactionMessage);
        }
        catch (Exception exception)
        {
            var transaction = _core.Transaction;
            if (outermost)
            {
                RollBackOutermost();
            }
            else if (transaction is not null)
            {
                _core.Store.RollbackTo(savepoint);
                if (exception is PluginStepException) transaction.Doomed = true;
            }

            // A step's failure reaches the caller as its fault; faults pass through as they are; anything else the
            // harness itself threw (a bug, never a plugin's) is wrapped so no raw .NET exception reaches a caller.
            if (exception is PluginStepException step) throw step.Fault;
            if (exception is System.ServiceModel.FaultException<OrganizationServiceFault>) throw;
            throw Faults.Create(ErrorCodes.UnexpectedError, $"The in-memory org failed while handling {request.RequestName}: {exception.Message}", exception.ToString());
        }

        if (outermost) CommitOutermost();

        return response;
    }
}
