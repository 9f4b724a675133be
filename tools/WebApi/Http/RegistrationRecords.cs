using System;
using System.Linq;
using DataverseFunnel.WebApi.Hosting;

namespace DataverseFunnel.WebApi.Http;

/// <summary>
/// Read-only <c>pluginassemblies(id)</c> and <c>sdkmessageprocessingsteps(id)</c>: a projection of what the import
/// registered (the zip's assemblies and the org's registered steps), so a deployer can verify an import as it does
/// against Dataverse. Workflows are rows of the org (the core workflow table) and are served as records.
/// </summary>
internal static class RegistrationRecords
{
    /// <summary>The record, or null when the set is neither of these two.</summary>
    public static ApiResponse? Record(ApiRequest request, ServedOrganization served, string serviceRoot, string set, string key)
    {
        if (set is not ("pluginassemblies" or "sdkmessageprocessingsteps")) return null;
        if (request.Method != "GET") throw new WebApiException(405, 0, $"{set} are read-only here.");
        if (!Guid.TryParse(key, out var id)) throw WebApiException.BadRequest($"Bad key '{key}': expected a guid.");
        var context = $"{serviceRoot}$metadata#{set}/$entity";
        if (set == "pluginassemblies")
        {
            // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/pluginassembly
            var assembly = served.PluginAssemblies.FirstOrDefault(a => a.Id == id) ?? throw Missing("pluginassembly", id);
            return ApiResponse.Json(200, json =>
            {
                json.WriteString("@odata.context", context);
                json.WriteString("pluginassemblyid", assembly.Id);
                json.WriteString("name", assembly.Name);
                if (assembly.Version is null) json.WriteNull("version");
                else json.WriteString("version", assembly.Version);
            });
        }

        // A registered step runs, so it is Enabled: statecode 0, statuscode 1
        // (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep#statecode-choicesstates).
        var step = served.Org.Steps.FirstOrDefault(s => s.Id == id) ?? throw Missing("sdkmessageprocessingstep", id);
        return ApiResponse.Json(200, json =>
        {
            json.WriteString("@odata.context", context);
            json.WriteString("sdkmessageprocessingstepid", step.Id);
            json.WriteString("name", step.Name);
            json.WriteNumber("stage", (int)step.Stage);
            json.WriteNumber("mode", (int)step.Mode);
            json.WriteNumber("rank", step.Rank);
            json.WriteNumber("statecode", 0);
            json.WriteNumber("statuscode", 1);
        });
    }

    private static WebApiException Missing(string table, Guid id) =>
        new(404, InMemory.Pipeline.ErrorCodes.ObjectDoesNotExist, $"{table} With Id = {id} Does Not Exist");
}
