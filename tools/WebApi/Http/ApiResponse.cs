using System;
using System.Collections.Generic;
using System.Threading;
using CommunityToolkit.HighPerformance.Buffers;
using System.Text;
using System.Text.Json;

namespace DataverseFunnel.WebApi.Http;

/// <summary>
/// A Web API response before it is written to the wire (or into a $batch part). A JSON body lives in a pooled buffer
/// (a 5,000-row page is megabytes: a fresh array each time would cost the server a collection per page); whoever writes
/// the response disposes it, which returns the buffer. One that is never disposed is simply collected.
/// </summary>
internal sealed class ApiResponse : IDisposable
{
    private IDisposable? owner;

    public ApiResponse(int status, byte[]? body = null, string? contentType = null)
        : this(status, body ?? ReadOnlyMemory<byte>.Empty, contentType, null)
    {
    }

    private ApiResponse(int status, ReadOnlyMemory<byte> body, string? contentType, IDisposable? owner)
    {
        Status = status;
        Body = body;
        ContentType = contentType;
        this.owner = owner;
    }

    public int Status { get; }

    /// <summary>The body; empty once the response is disposed.</summary>
    public ReadOnlyMemory<byte> Body { get; private set; }

    public string? ContentType { get; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public const string JsonType = "application/json; odata.metadata=minimal";

    public static ApiResponse NoContent() => new(204);

    /// <summary>A JSON body written by <paramref name="write"/> into an open object.</summary>
    public static ApiResponse Json(int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayPoolBufferWriter<byte>();
        try
        {
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                write(json);
                json.WriteEndObject();
            }

            return new ApiResponse(status, buffer.WrittenMemory, JsonType, buffer);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>Returns the body's pooled buffer.</summary>
    public void Dispose()
    {
        Body = ReadOnlyMemory<byte>.Empty;
        Interlocked.Exchange(ref owner, null)?.Dispose();
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
