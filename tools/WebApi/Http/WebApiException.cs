using System;
using System.Globalization;

namespace DataverseFunnel.WebApi.Http;

/// <summary>A request the server refuses, with the HTTP status and the Dataverse error code it answers with.</summary>
internal sealed class WebApiException : Exception
{
    public WebApiException(int status, int code, string message)
        : base(message)
    {
        Status = status;
        Code = code;
    }

    public int Status { get; }

    public int Code { get; }

    /// <summary>The code as the Web API writes it: <c>0x8004xxxx</c>.</summary>
    public string HexCode => Hex(Code);

    public static string Hex(int code) => "0x" + unchecked((uint)code).ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>
    /// 0x8006088a "Resource not found for the segment 'X'." with 404
    /// (https://learn.microsoft.com/troubleshoot/power-platform/power-apps/dataverse/web-api-client-errors).
    /// </summary>
    public static WebApiException NotFoundSegment(string segment) =>
        new(404, unchecked((int)0x8006088a), $"Resource not found for the segment '{segment}'.");

    /// <summary>A malformed request (bad JSON, bad query option): 400; the docs show code 0x0 for OData parse errors.</summary>
    public static WebApiException BadRequest(string message) => new(400, 0, message);
}
