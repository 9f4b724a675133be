using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using DataverseFunnel.WebApi.Hosting;

namespace DataverseFunnel.WebApi.Http;

/// <summary>
/// ImportSolution (synchronous: 204 when imported) and ImportSolutionAsync (200 with AsyncOperationId and ImportJobKey;
/// the import runs in the background), both through <see cref="OrganizationHost.Import"/>; and the
/// <c>asyncoperations(id)</c> and <c>importjobs(id)</c> records clients poll
/// (https://learn.microsoft.com/power-platform/alm/solution-async).
/// </summary>
internal sealed class ImportEndpoints
{
    private readonly ConcurrentDictionary<Guid, ImportJob> _byOperation = new();
    private readonly ConcurrentDictionary<Guid, ImportJob> _byImportJob = new();
    private readonly OrganizationHost _host;
    private readonly string _serviceRoot;

    public ImportEndpoints(OrganizationHost host, string serviceRoot)
    {
        _host = host;
        _serviceRoot = serviceRoot;
    }

    public ApiResponse ImportSolution(ApiRequest request, bool async)
    {
        if (request.Method != "POST") throw new WebApiException(405, 0, "ImportSolution is an action: use POST.");
        var zip = CustomizationFile(request, out var requestedJobId);
        var job = new ImportJob(Guid.NewGuid(), requestedJobId ?? Guid.NewGuid(), Now);
        _byImportJob[job.ImportJobId] = job;
        if (!async)
        {
            Run(job, zip);
            var done = job.Snapshot();
            if (done.StatusCode != 30) throw new WebApiException(400, InMemory.Pipeline.ErrorCodes.InvalidArgument, done.Message ?? "The import failed.");
            return ApiResponse.NoContent();
        }

        _byOperation[job.AsyncOperationId] = job;
        _ = Task.Run(() => Run(job, zip));
        return ApiResponse.Json(200, json =>
        {
            json.WriteString("@odata.context", _serviceRoot + "$metadata#Microsoft.Dynamics.CRM.ImportSolutionAsyncResponse");
            json.WriteString("AsyncOperationId", job.AsyncOperationId);
            json.WriteString("ImportJobKey", job.ImportJobId.ToString("D"));
        });
    }

    /// <summary>GET asyncoperations(id) or importjobs(id); null when the set is neither.</summary>
    public ApiResponse? Record(ApiRequest request, string set, string key)
    {
        if (set is not ("asyncoperations" or "importjobs")) return null;
        if (request.Method != "GET") throw new WebApiException(405, 0, $"{set} are read-only here.");
        if (!Guid.TryParse(key, out var id)) throw WebApiException.BadRequest($"Bad key '{key}': expected a guid.");
        var operation = set == "asyncoperations";
        var found = operation ? _byOperation.TryGetValue(id, out var job) : _byImportJob.TryGetValue(id, out job);
        if (!found) throw new WebApiException(404, InMemory.Pipeline.ErrorCodes.ObjectDoesNotExist, $"{set.TrimEnd('s')} With Id = {id} Does Not Exist");
        var row = job!.Snapshot();
        return ApiResponse.Json(200, json =>
        {
            json.WriteString("@odata.context", $"{_serviceRoot}$metadata#{set}/$entity");
            if (operation)
            {
                json.WriteString("asyncoperationid", row.AsyncOperationId);
                json.WriteString("name", "ImportSolutionAsync");
                json.WriteNumber("statecode", row.StateCode);
                json.WriteNumber("statuscode", row.StatusCode);
                if (row.Message is null) json.WriteNull("message");
                else json.WriteString("message", row.Message);
                if (row.Message is null) json.WriteNull("friendlymessage");
                else json.WriteString("friendlymessage", row.Message);
            }
            else
            {
                json.WriteString("importjobid", row.ImportJobId);
                json.WriteNumber("progress", row.Progress);
                if (row.SolutionName is null) json.WriteNull("solutionname");
                else json.WriteString("solutionname", row.SolutionName);
                json.WriteString("data", $"<importexportxml><result result=\"{(row.StatusCode == 30 ? "success" : row.StatusCode == 31 ? "failure" : "inprogress")}\" errortext=\"{System.Security.SecurityElement.Escape(row.Message ?? string.Empty)}\" /></importexportxml>");
            }

            json.WriteString("createdon", row.CreatedOn.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            if (row.CompletedOn is DateTime completed) json.WriteString("completedon", completed.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            else json.WriteNull("completedon");
        });
    }

    private DateTime Now => _host.Clock.GetUtcNow().UtcDateTime;

    private void Run(ImportJob job, byte[] zip)
    {
        job.Start(Now);
        try
        {
            var served = _host.Import(zip);
            job.Succeed(served.SolutionName, Now);
        }
        catch (Exception e)
        {
            // Whatever stops the import fails its job (3/31) rather than leaving it in progress forever.
            job.Fail(e is InvalidDataException ? e.Message : $"The import failed: {e.Message}", Now);
        }
    }

    private static byte[] CustomizationFile(ApiRequest request, out Guid? importJobId)
    {
        using var body = EntityJsonReader.Parse(request.Body);
        importJobId = body.RootElement.TryGetProperty("ImportJobId", out var id) && id.ValueKind == JsonValueKind.String && Guid.TryParse(id.GetString(), out var parsed) ? parsed : null;
        if (!body.RootElement.TryGetProperty("CustomizationFile", out var file) || file.ValueKind != JsonValueKind.String)
        {
            throw WebApiException.BadRequest("ImportSolution needs CustomizationFile: the solution zip, base64-encoded.");
        }

        try
        {
            return Convert.FromBase64String(file.GetString()!);
        }
        catch (FormatException)
        {
            throw WebApiException.BadRequest("CustomizationFile is not base64.");
        }
    }
}
