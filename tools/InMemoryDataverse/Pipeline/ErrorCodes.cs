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

    /// <summary>0x80044182: the request nested deeper than the platform allows (infinite loop guard).</summary>
    public const int InfiniteLoop = -2147204734;

    /// <summary>The transaction was already rolled back by a failed child request the plugin ignored.</summary>
    public const int NoActiveTransaction = -2147220911;

    /// <summary>The message has no handler in the in-memory org.</summary>
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
}
