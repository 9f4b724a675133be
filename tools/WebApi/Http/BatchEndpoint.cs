using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DataverseFunnel.WebApi.Hosting;

namespace DataverseFunnel.WebApi.Http;

/// <summary>
/// <c>$batch</c> (multipart/mixed): parts run in order through the same dispatcher; a change set is one transaction, so a
/// failing part rolls back every part before it; <c>$n</c> names the row created by the part with Content-ID n; at most
/// 1,000 requests; without <c>Prefer: odata.continue-on-error</c> the first failure stops the batch and the batch answers
/// 400 (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api).
/// </summary>
internal static class BatchEndpoint
{
    public const int MaxRequests = 1000;

    public static ApiResponse Run(ApiRequest batch, ApiDispatcher dispatcher, OrganizationHost host)
    {
        try
        {
            if (batch.Method != "POST") throw new WebApiException(405, 0, "$batch takes POST.");
            var boundary = Boundary(batch.Header("Content-Type")) ?? throw WebApiException.BadRequest("A $batch request needs Content-Type: multipart/mixed; boundary=batch_<id>.");
            var parts = MultipartReader.Split(batch.Body, boundary);
            var responses = new StringBuilder();
            var responseBoundary = "batchresponse_" + Guid.NewGuid().ToString("D");
            var requests = 0;
            var failed = false;
            foreach (var part in parts)
            {
                if (failed && !batch.Prefer.ContinueOnError) break;
                var nested = Boundary(part.Header("Content-Type"));
                if (nested is not null)
                {
                    var changes = MultipartReader.Split(part.Body, nested).Select(c => MultipartReader.ReadHttp(c, dispatcher.ServiceRoot)).ToList();
                    requests += changes.Count;
                    if (requests > MaxRequests) throw TooMany();
                    failed |= !ChangeSet(changes, dispatcher, host, responses, responseBoundary);
                }
                else
                {
                    requests++;
                    if (requests > MaxRequests) throw TooMany();
                    var response = dispatcher.Dispatch(MultipartReader.ReadHttp(part, dispatcher.ServiceRoot));
                    failed |= response.Status >= 400;
                    AppendPart(responses, responseBoundary, response, null);
                }
            }

            responses.Append("--").Append(responseBoundary).Append("--\r\n");
            return new ApiResponse(failed && !batch.Prefer.ContinueOnError ? 400 : 200, Encoding.UTF8.GetBytes(responses.ToString()), $"multipart/mixed; boundary={responseBoundary}");
        }
        catch (WebApiException e)
        {
            return ApiResponse.Error(e);
        }
    }

    private static WebApiException TooMany() => WebApiException.BadRequest($"The number of requests in a batch cannot exceed {MaxRequests}.");

    /// <summary>Runs a change set atomically; on failure only the failing part's response is returned, as the platform does.</summary>
    private static bool ChangeSet(List<ApiRequest> changes, ApiDispatcher dispatcher, OrganizationHost host, StringBuilder output, string boundary)
    {
        var results = new List<(ApiResponse Response, string? ContentId)>();
        ApiResponse? failure = null;
        host.Current.Org.RunAtomically(() =>
        {
            var created = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var change in changes)
            {
                if (change.Method == "GET")
                {
                    failure = ApiResponse.Error(WebApiException.BadRequest("A change set cannot contain a GET request."));
                    return false;
                }

                var request = Resolve(change, created, dispatcher.ServiceRoot);
                var response = dispatcher.Dispatch(request);
                if (response.Status >= 400)
                {
                    failure = response;
                    return false;
                }

                var id = change.Header("Content-ID");
                if (id is not null && response.Headers.TryGetValue("OData-EntityId", out var location)) created[id] = location;
                results.Add((response, id));
            }

            return true;
        });
        if (failure is not null)
        {
            foreach (var (response, _) in results) response.Dispose();
            AppendPart(output, boundary, failure, null);
            return false;
        }

        var changeBoundary = "changesetresponse_" + Guid.NewGuid().ToString("D");
        output.Append("--").Append(boundary).Append("\r\nContent-Type: multipart/mixed; boundary=").Append(changeBoundary).Append("\r\n\r\n");
        foreach (var (response, id) in results) AppendPart(output, changeBoundary, response, id);
        output.Append("--").Append(changeBoundary).Append("--\r\n");
        return true;
    }

    /// <summary>Replaces a leading <c>$n</c> reference with the URL of the row part n created.</summary>
    private static ApiRequest Resolve(ApiRequest change, Dictionary<string, string> created, string serviceRoot)
    {
        if (!change.Path.StartsWith("$", StringComparison.Ordinal)) return change;
        var end = 1;
        while (end < change.Path.Length && char.IsDigit(change.Path[end])) end++;
        if (!created.TryGetValue(change.Path.Substring(1, end - 1), out var location)) throw WebApiException.BadRequest($"'{change.Path}' refers to a Content-ID no earlier part of the change set created.");
        var path = location.Substring(serviceRoot.Length) + change.Path.Substring(end);
        return new ApiRequest(change.Method, path, change.Query, change.Headers, change.Body);
    }

    private static void AppendPart(StringBuilder output, string boundary, ApiResponse response, string? contentId)
    {
        output.Append("--").Append(boundary).Append("\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (contentId is not null) output.Append("Content-ID: ").Append(contentId).Append("\r\n");
        output.Append("\r\nHTTP/1.1 ").Append(response.Status.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Reason(response.Status)).Append("\r\n");
        foreach (var (name, value) in response.Headers) output.Append(name).Append(": ").Append(value).Append("\r\n");
        if (response.ContentType is not null) output.Append("Content-Type: ").Append(response.ContentType).Append("\r\n");
        output.Append("\r\n");
        if (response.Body.Length > 0) output.Append(Encoding.UTF8.GetString(response.Body.Span)).Append("\r\n");
        response.Dispose();
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK", 201 => "Created", 204 => "No Content", 400 => "Bad Request", 404 => "Not Found", 405 => "Method Not Allowed",
        412 => "Precondition Failed", 413 => "Payload Too Large", 429 => "Too Many Requests", 501 => "Not Implemented", _ => "Error",
    };

    private static string? Boundary(string? contentType)
    {
        if (contentType is null || !contentType.TrimStart().StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase)) return null;
        foreach (var parameter in contentType.Split(';').Skip(1))
        {
            var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && pair[0].Equals("boundary", StringComparison.OrdinalIgnoreCase)) return pair[1].Trim('"');
        }

        return null;
    }
}
