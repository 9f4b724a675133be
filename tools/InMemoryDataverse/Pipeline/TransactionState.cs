using System.Collections.Generic;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// The outermost request's transaction: the journal mark to roll back to, async steps waiting for the commit, and
/// whether a failed child request already doomed it (a plugin that swallowed the fault cannot continue).
/// </summary>
internal sealed class TransactionState
{
    public TransactionState(int journalMark) => JournalMark = journalMark;

    public int JournalMark { get; }

    public bool Doomed { get; set; }

    public List<QueuedAsyncStep> AsyncQueue { get; } = new();
}

/// <summary>An async step with the context it will run with once the outermost request has committed.</summary>
internal sealed record QueuedAsyncStep(RegisteredStep Step, PluginExecutionContext Context);
