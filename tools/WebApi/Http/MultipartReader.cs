using System;
using System.Collections.Generic;
using System.Text;

namespace DataverseFunnel.WebApi.Http;

/// <summary>Splits a multipart/mixed body into parts and reads an application/http part back into a request.</summary>
internal static class MultipartReader
{
    /// <summary>The parts between <c>--boundary</c> lines, each with its MIME headers and body.</summary>
    public static List<ApiRequest> Split(byte[] body, string boundary)
    {
        var text = Encoding.UTF8.GetString(body).Replace("\r\n", "\n");
        var delimiter = "--" + boundary;
        var parts = new List<ApiRequest>();
        var chunks = text.Split(delimiter);
        var closed = false;
        for (var i = 1; i < chunks.Length; i++)
        {
            var chunk = chunks[i];
            if (chunk.StartsWith("--", StringComparison.Ordinal))
            {
                closed = true;
                break;
            }

            var (headers, content) = HeadersAndBody(chunk.TrimStart('\n'));
            parts.Add(new ApiRequest("PART", string.Empty, new Dictionary<string, string>(), headers, Encoding.UTF8.GetBytes(content)));
        }

        if (!closed) throw WebApiException.BadRequest($"The multipart body does not end with --{boundary}--.");
        return parts;
    }

    /// <summary>An application/http part: request line, headers, blank line, body.</summary>
    public static ApiRequest ReadHttp(ApiRequest part, string serviceRoot)
    {
        var text = Encoding.UTF8.GetString(part.Body).TrimStart('\n');
        var newline = text.IndexOf('\n');
        var line = (newline < 0 ? text : text.Substring(0, newline)).Trim();
        var pieces = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length < 2) throw WebApiException.BadRequest($"A $batch part does not start with a request line such as 'POST accounts HTTP/1.1': '{line}'.");
        var (headers, body) = HeadersAndBody(newline < 0 ? string.Empty : text.Substring(newline + 1));
        foreach (var (name, value) in part.Headers)
        {
            if (name.Equals("Content-ID", StringComparison.OrdinalIgnoreCase)) headers["Content-ID"] = value;
        }

        var url = pieces[1];
        var root = new Uri(serviceRoot);
        if (url.StartsWith(serviceRoot, StringComparison.OrdinalIgnoreCase)) url = url.Substring(serviceRoot.Length);
        else if (url.StartsWith(root.AbsolutePath, StringComparison.OrdinalIgnoreCase)) url = url.Substring(root.AbsolutePath.Length);
        var question = url.IndexOf('?');
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        if (question >= 0)
        {
            foreach (var pair in url.Substring(question + 1).Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=');
                var key = Uri.UnescapeDataString((equals < 0 ? pair : pair.Substring(0, equals)).Replace('+', ' '));
                query[key] = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair.Substring(equals + 1).Replace('+', ' '));
            }

            url = url.Substring(0, question);
        }

        return new ApiRequest(pieces[0], Uri.UnescapeDataString(url), query, headers, Encoding.UTF8.GetBytes(body.TrimEnd('\n')));
    }

    private static (Dictionary<string, string> Headers, string Body) HeadersAndBody(string chunk)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var end = chunk.IndexOf("\n\n", StringComparison.Ordinal);
        var head = end < 0 ? chunk : chunk.Substring(0, end);
        foreach (var line in head.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
        }

        return (headers, end < 0 ? string.Empty : chunk.Substring(end + 2));
    }
}
