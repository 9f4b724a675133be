using System;
using System.ServiceModel;
using DataverseFunnel.WebApi.Hosting;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.WebApi.Http;

/// <summary>
/// Routes one request below the service root to its endpoint and turns every refusal into the Dataverse error body.
/// Synchronous on purpose: a $batch change set runs its parts on one thread inside one org transaction.
/// </summary>
internal sealed class ApiDispatcher
{
    private readonly OrganizationHost _host;
    private readonly string _serviceRoot;
    private readonly ImportEndpoints _imports;

    public ApiDispatcher(OrganizationHost host, string serviceRoot)
    {
        _host = host;
        _serviceRoot = serviceRoot;
        _imports = new ImportEndpoints(host, serviceRoot);
    }

    public string ServiceRoot => _serviceRoot;

    public ApiResponse Dispatch(ApiRequest request)
    {
        try
        {
            return Route(request);
        }
        catch (WebApiException e)
        {
            return ApiResponse.Error(e);
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            var code = fault.Detail.ErrorCode;
            return ApiResponse.Error(new WebApiException(FaultStatus.Of(code), code, fault.Detail.Message ?? fault.Message));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The server's own failure: a 500 with the org's UnExpected code, never a dropped connection.
            return ApiResponse.Error(new WebApiException(500, InMemory.Pipeline.ErrorCodes.UnexpectedError, $"An unexpected error occurred: {e.Message}"));
        }
    }

    private ApiResponse Route(ApiRequest request)
    {
        var served = _host.Current;
        var path = request.Path.Trim('/');
        switch (path)
        {
            case "":
                return MetadataDocument.ServiceDocument(served.Model, _serviceRoot);
            case "$metadata":
                return MetadataDocument.Csdl(served.Model);
            case "WhoAmI":
            case "WhoAmI()":
            {
                Require(request, "GET", path);
                // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/whoami
                var who = served.Org.CreateService().Execute(new OrganizationRequest("WhoAmI")).Results;
                return ApiResponse.Json(200, json =>
                {
                    json.WriteString("@odata.context", $"{_serviceRoot}$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse");
                    json.WriteString("BusinessUnitId", (Guid)who["BusinessUnitId"]!);
                    json.WriteString("UserId", (Guid)who["UserId"]!);
                    json.WriteString("OrganizationId", (Guid)who["OrganizationId"]!);
                });
            }

            case "PublishAllXml":
                // Publishing has nothing to do in memory: customizations are live once imported
                // (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/publishallxml).
                Require(request, "POST", path);
                return ApiResponse.NoContent();
            case "ImportSolution":
                return _imports.ImportSolution(request, async: false);
            case "ImportSolutionAsync":
                return _imports.ImportSolution(request, async: true);
        }

        if (CustomApiEndpoint.TryInvoke(request, served, path, _serviceRoot) is { } customApi) return customApi;
        var open = path.IndexOf('(');
        var set = open < 0 ? path : path.Substring(0, open);
        var slash = set.IndexOf('/');
        var bound = slash < 0 ? null : set.Substring(slash + 1);
        if (slash >= 0) set = set.Substring(0, slash);
        if (open > 0 && slash < 0 && path.EndsWith(")", StringComparison.Ordinal) && _imports.Record(request, set, path.Substring(open + 1, path.Length - open - 2)) is { } job) return job;
        if (open > 0 && slash < 0 && path.EndsWith(")", StringComparison.Ordinal) && RegistrationRecords.Record(request, served, _serviceRoot, set, path.Substring(open + 1, path.Length - open - 2)) is { } registered) return registered;
        var table = served.Model.BySetName(set) ?? throw WebApiException.NotFoundSegment(set);
        var records = new RecordEndpoints(served, _serviceRoot);
        if (bound is not null) return BulkActions.Run(request, served, table, bound, _serviceRoot);
        if (open < 0) return records.Collection(request, table);
        if (!path.EndsWith(")", StringComparison.Ordinal)) throw WebApiException.NotFoundSegment(path.Substring(open));
        return records.Single(request, table, path.Substring(open + 1, path.Length - open - 2));
    }

    private static void Require(ApiRequest request, string method, string path)
    {
        if (request.Method != method) throw new WebApiException(405, 0, $"The HTTP method '{request.Method}' is not allowed on '{path}'.");
    }
}
