namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// Every fault code the in-memory org raises, in one place. Source: "Web service error codes"
/// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes); the name,
/// hex value and words of each code are checked there unless its comment says otherwise.
/// </summary>
public static class ErrorCodes
{
    /// <summary>0x80040265 IsvAborted ("ISV code aborted the operation."): a plugin threw InvalidPluginExecutionException; the plugin's message is kept.</summary>
    public const int IsvAborted = -2147220891;

    /// <summary>0x80040224 IsvUnExpected: a plugin threw any other exception (words in <see cref="Faults.UnexpectedIsvMessage"/>).</summary>
    public const int IsvUnExpected = -2147220956;

    /// <summary>0x80040217 ObjectDoesNotExist: the row does not exist. (Value as used by SDK clients; not re-read on the page in this change.)</summary>
    public const int ObjectDoesNotExist = -2147220969;

    /// <summary>0x80040203 InvalidArgument ("Invalid argument."): a request or value is not valid; the message names the problem.</summary>
    public const int InvalidArgument = -2147220989;

    /// <summary>0x80040237 DuplicateRecord: a row with that id (or association) already exists. (Not re-read on the page in this change.)</summary>
    public const int DuplicateRecord = -2147220937;

    /// <summary>0x80041103 QueryBuilderNoAttribute ("The specified attribute does not exist on this entity.").</summary>
    public const int QueryBuilderNoAttribute = -2147217149;

    /// <summary>0x80041102 QueryBuilderNoEntity ("The specified entity was not found.").</summary>
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

    /// <summary>0x80040315: the message has no handler in the in-memory org. Known gap: the page's name for this value was not confirmed.</summary>
    public const int MessageNotSupported = -2147220715;

    // FetchXML faults, from "Web service error codes"
    // (https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes) and, for the
    // aggregate limit, https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#limitations.

    /// <summary>0x80040201 InvalidXml: the FetchXML is not well-formed or not a fetch.</summary>
    public const int InvalidXml = -2147220991;

    /// <summary>0x80041120 QueryBuilderInvalidConditionOperator: a condition names an operator the platform does not know.</summary>
    public const int QueryBuilderInvalidConditionOperator = -2147217120;

    /// <summary>0x8004E023 AggregateQueryRecordLimit: an aggregate query would read more rows than the limit.</summary>
    public const int AggregateQueryRecordLimit = -2147164125;

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
