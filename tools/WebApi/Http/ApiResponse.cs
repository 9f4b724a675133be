using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace DataverseFunnel.WebApi.Http;

/// <summary>A Web API response before it is written to the wire (or into a $batch part).</summary>
internal sealed class ApiResponse
{
    public ApiResponse(int status, byte[]? body = null, string? contentType = null)
    {
        Status = status;
        Body = body ?? Array.Empty<byte>();
        ContentType = contentType;
    }

    public int Status { get; }

    public byte[] Body { get; }

    public string? ContentType { get; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public const string JsonType = "application/json; odata.metadata=minimal";

    public static ApiResponse NoContent() => new(204);

    /// <summary>A JSON body written by <paramref name="write"/> into an open object.</summary>
    public static ApiResponse Json(int status, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        return new ApiResponse(status, buffer.ToArray(), JsonType);
    }

    /// <summary>The Dataverse error body <c>{"error":{"code":"0x…","message":"…"}}</c>.</summary>
    public static ApiResponse Error(WebApiException error) => Json(error.Status, json =>
    {
        json.WriteStartObject("error");
        json.WriteString("code", error.HexCode);
        json.WriteString("message", error.Message);
        json.WriteEndObject();
    });

    public static ApiResponse Text(int status, string text, string contentType) => new(status, Encoding.UTF8.GetBytes(text), contentType);
}
