using System;
using System.Linq;
using System.Text.Json;
using DataverseFunnel.WebApi.Hosting;
using DataverseFunnel.WebApi.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseFunnel.WebApi.Http;

/// <summary>
/// CreateMultiple and UpdateMultiple bound to an entity set, each item carrying <c>@odata.type</c>
/// (https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#createmultiple): one org request, so any
/// failure rolls back every item.
/// </summary>
internal static class BulkActions
{
    public static ApiResponse Run(ApiRequest request, ServedOrganization served, WebApiTable table, string action, string serviceRoot)
    {
        if (action is not ("Microsoft.Dynamics.CRM.CreateMultiple" or "Microsoft.Dynamics.CRM.UpdateMultiple")) throw WebApiException.NotFoundSegment(action);
        if (request.Method != "POST") throw new WebApiException(405, 0, $"{action} is an action: use POST.");
        using var body = EntityJsonReader.Parse(request.Body);
        if (!body.RootElement.TryGetProperty("Targets", out var targets) || targets.ValueKind != JsonValueKind.Array)
        {
            throw WebApiException.BadRequest($"{action} needs a body {{\"Targets\":[…]}}.");
        }

        var collection = new EntityCollection { EntityName = table.LogicalName };
        foreach (var item in targets.EnumerateArray())
        {
            var type = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("@odata.type", out var t) ? t.GetString() : null;
            if (type != WebApiModel.Namespace + "." + table.LogicalName)
            {
                throw WebApiException.BadRequest($"Each item of Targets needs \"@odata.type\": \"{WebApiModel.Namespace}.{table.LogicalName}\".");
            }

            collection.Entities.Add(EntityJsonReader.Read(item, table, served.Model));
        }

        var service = served.Org.CreateService();
        if (action.EndsWith("CreateMultiple", StringComparison.Ordinal))
        {
            var ids = (Guid[])service.Execute(new CreateMultipleRequest { Targets = collection }).Results["Ids"]!;
            return ApiResponse.Json(200, json =>
            {
                json.WriteString("@odata.context", serviceRoot + "$metadata#Microsoft.Dynamics.CRM.CreateMultipleResponse");
                json.WriteStartArray("Ids");
                foreach (var id in ids) json.WriteStringValue(id);
                json.WriteEndArray();
            });
        }

        foreach (var entity in collection.Entities.Where(e => e.Id == Guid.Empty))
        {
            throw WebApiException.BadRequest($"Each item of UpdateMultiple needs its primary key {table.Metadata.PrimaryIdAttribute}.");
        }

        service.Execute(new UpdateMultipleRequest { Targets = collection });
        return ApiResponse.NoContent();
    }
}
