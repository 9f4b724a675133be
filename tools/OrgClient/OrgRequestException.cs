using System;
using System.Net;

namespace DataverseFunnel.OrgClient
{
    /// <summary>
    /// A request to the org failed for good. The message is one line naming the org, the request (method and path,
    /// never a query string, header or body) and the platform's own error; secrets are redacted.
    /// </summary>
    public sealed class OrgRequestException : Exception
    {
        public OrgRequestException(string message, HttpStatusCode? status, string? errorCode)
            : base(message)
        {
            Status = status;
            ErrorCode = errorCode;
        }

        /// <summary>The HTTP status, or null when no response came (deadline, connection).</summary>
        public HttpStatusCode? Status { get; }

        /// <summary>The platform's error code, e.g. 0x80040217.</summary>
        public string? ErrorCode { get; }
    }
}
