using System;
using System.Collections.Generic;

namespace DataverseFunnel.WebApi.Http;

/// <summary>
/// One Web API request, already read off the wire (also one part of a $batch): the path below the service root,
/// the decoded query options, headers (case-insensitive) and body.
/// </summary>
internal sealed class ApiRequest
{
    public ApiRequest(string method, string path, IDictionary<string, string> query, IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        Method = method.ToUpperInvariant();
        Path = path;
        Query = query;
        Headers = headers;
        Body = body;
        Prefer = new Preferences(Header("Prefer"));
    }

    public string Method { get; }

    /// <summary>The path below <c>/api/data/v9.2/</c>, e.g. <c>bowtie_journeys(…)</c>.</summary>
    public string Path { get; }

    public IDictionary<string, string> Query { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public byte[] Body { get; }

    public Preferences Prefer { get; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// The Prefer header's values the Web API honours
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#http-headers).
/// </summary>
internal sealed class Preferences
{
    /// <summary>Default and maximum page size (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results).</summary>
    public const int MaxPageSize = 5000;

    public Preferences(string? header)
    {
        foreach (var raw in Split(header ?? string.Empty))
        {
            var equals = raw.IndexOf('=');
            var name = (equals < 0 ? raw : raw.Substring(0, equals)).Trim();
            var value = equals < 0 ? string.Empty : raw.Substring(equals + 1).Trim().Trim('"');
            if (name.Equals("return", StringComparison.OrdinalIgnoreCase)) ReturnRepresentation = value.Equals("representation", StringComparison.OrdinalIgnoreCase);
            else if (name.Equals("odata.include-annotations", StringComparison.OrdinalIgnoreCase)) Annotations = value.Length > 0 ? value : null;
            else if (name.Equals("odata.maxpagesize", StringComparison.OrdinalIgnoreCase) && int.TryParse(value, out var size) && size > 0) MaxPage = Math.Min(size, MaxPageSize);
            else if (name.Equals("odata.continue-on-error", StringComparison.OrdinalIgnoreCase)) ContinueOnError = true;
        }
    }

    public bool ReturnRepresentation { get; }

    /// <summary>The preferences, split at commas outside quotes: a quoted list such as include-annotations="a,b" is one value.</summary>
    private static IEnumerable<string> Split(string header)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= header.Length; i++)
        {
            if (i < header.Length && header[i] == '"') quoted = !quoted;
            if (i < header.Length && (header[i] != ',' || quoted)) continue;
            var part = header.Substring(start, i - start).Trim();
            if (part.Length > 0) yield return part;
            start = i + 1;
        }
    }

    public string? Annotations { get; }

    public int? MaxPage { get; }

    public bool ContinueOnError { get; }

    public int PageSize => MaxPage ?? MaxPageSize;
}
