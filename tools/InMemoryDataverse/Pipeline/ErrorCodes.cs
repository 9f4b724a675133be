namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// Dataverse error codes the harness answers with. IsvAborted and IsvUnExpected follow the docs
/// (handle-exceptions.md, web service error codes); the CRUD codes are Dataverse's ObjectDoesNotExist,
/// InvalidArgument, DuplicateRecord and QueryBuilderNoAttribute/NoEntity values.
/// </summary>
public static class ErrorCodes
{
    /// <summary>0x80040265: a plugin threw InvalidPluginExecutionException.</summary>
    public const int IsvAborted = -2147220891;

    /// <summary>0x80040224: a plugin threw any other exception.</summary>
    public const int IsvUnExpected = -2147220956;

    /// <summary>0x80040217: the row does not exist.</summary>
    public const int ObjectDoesNotExist = -2147220969;

    /// <summary>0x80040203: a request or value is not valid.</summary>
    public const int InvalidArgument = -2147220989;

    /// <summary>0x80040237: a row with that id (or association) already exists.</summary>
    public const int DuplicateRecord = -2147220937;

    /// <summary>0x80041103: the table has no column with that name.</summary>
    public const int QueryBuilderNoAttribute = -2147217149;

    /// <summary>0x80041102: no table with that name.</summary>
    public const int QueryBuilderNoEntity = -2147217150;

    /// <summary>0x80044182 SdkCorrelationTokenDepthTooHigh: the request nested deeper than the platform allows.</summary>
    public const int InfiniteLoop = -2147204734;

    /// <summary>The platform's own infinite-loop words (learn.microsoft.com/power-apps/maker/data-platform/best-practices-workflow-processes).</summary>
    public const string InfiniteLoopMessage =
        "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again.";

    /// <summary>0x80040251: the transaction was already rolled back by a failed child request the plugin ignored.</summary>
    public const int NoActiveTransaction = -2147220911;

    /// <summary>Code and words from learn.microsoft.com/power-apps/developer/data-platform/troubleshoot-plug-in ("There is no active transaction").</summary>
    public const string NoActiveTransactionMessage =
        "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.";

    /// <summary>0x80040216 UnExpected: the org itself failed (never a plugin's fault); no raw .NET exception reaches a caller.</summary>
    public const int UnexpectedError = -2147220970;

    /// <summary>The message has no handler in the in-memory org.</summary>
    public const int MessageNotSupported = -2147220715;

    /// <summary>0x80040227 CannotDeleteDueToAssociation: a Restrict relationship still has referencing rows.</summary>
    public const int CannotDeleteDueToAssociation = -2147220953;

    /// <summary>The platform's words for <see cref="CannotDeleteDueToAssociation"/>.</summary>
    public const string CannotDeleteDueToAssociationMessage = "The object you tried to delete is associated with another object and cannot be deleted.";

    /// <summary>
    /// ExecuteMultiple with more requests than the batch limit. The docs name the fault's MaxBatchSize detail but no
    /// code (learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests), so it uses InvalidArgument.
    /// </summary>
    public const int ExecuteMultipleBatchSizeExceeded = InvalidArgument;
}
