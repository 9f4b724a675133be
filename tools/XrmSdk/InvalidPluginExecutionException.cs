using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Represents an exception that occurred during plug-in execution; its message is shown to the user.</summary>
    [Serializable]
    public sealed class InvalidPluginExecutionException : Exception
    {
        private static readonly IReadOnlyDictionary<string, string> NoDetails =
            new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

        /// <summary>Initializes a failed-status exception.</summary>
        public InvalidPluginExecutionException()
        {
        }

        /// <summary>Initializes an exception with a message.</summary>
        public InvalidPluginExecutionException(string message)
            : base(message)
        {
        }

        /// <summary>Initializes an exception with a message and an inner exception.</summary>
        public InvalidPluginExecutionException(string message, Exception exception)
            : base(message, exception)
        {
        }

        /// <summary>Initializes an exception with an operation status.</summary>
        public InvalidPluginExecutionException(OperationStatus status)
        {
            Status = status;
        }

        /// <summary>Initializes an exception with an operation status and a message.</summary>
        public InvalidPluginExecutionException(OperationStatus status, string message)
            : base(message)
        {
            Status = status;
        }

        /// <summary>Initializes an exception with an operation status, an error code and a message.</summary>
        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
            : base(message)
        {
            Status = status;
            ErrorCode = errorCode;
        }

        /// <summary>Initializes an exception with an operation status, an error code, a message and an HTTP status.</summary>
        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
            : base(message)
        {
            Status = status;
            ErrorCode = errorCode;
            HttpStatus = httpStatus;
        }

        /// <summary>Initializes an exception with a message and an HTTP status.</summary>
        public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
            : base(message)
        {
            HttpStatus = httpStatus;
        }

        /// <summary>Initializes an exception with an operation status, a message and details (e.g. the failing record of a bulk operation).</summary>
        public InvalidPluginExecutionException(OperationStatus status, string message, Dictionary<string, string> exceptionDetails)
            : base(message)
        {
            Status = status;
            ExceptionDetails = Freeze(exceptionDetails);
        }

        /// <summary>Initializes an exception with a message, an HTTP status and details.</summary>
        public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus, Dictionary<string, string> exceptionDetails)
            : base(message)
        {
            HttpStatus = httpStatus;
            ExceptionDetails = Freeze(exceptionDetails);
        }

        /// <summary>The numeric code that identifies the error condition.</summary>
        public int ErrorCode { get; }

        /// <summary>Details of the exception (e.g. failedRecordId), surfaced in OrganizationServiceFault.ErrorDetails.</summary>
        public IReadOnlyDictionary<string, string> ExceptionDetails { get; } = NoDetails;

        /// <summary>The HTTP status the error surfaces as.</summary>
        public PluginHttpStatusCode HttpStatus { get; }

        /// <summary>The status of the plug-in operation (Failed unless set).</summary>
        public OperationStatus Status { get; } = OperationStatus.Failed;

        private static IReadOnlyDictionary<string, string> Freeze(Dictionary<string, string>? details) =>
            details == null ? NoDetails : new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(details));
    }
}
