using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataverseFunnel.InMemory;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.WebApi.Hosting;
using DataverseFunnel.WebApi.Model;
using DataverseFunnel.WebApi.OData;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.WebApi.Http;

/// <summary>
/// Create, retrieve, update, upsert and delete on entity sets, each translated into one org request
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-operations-web-api).
/// </summary>
internal sealed class RecordEndpoints
{
    private static readonly Regex PageNumber = new("pagenumber=\"(\\d+)\"", RegexOptions.CultureInvariant);
    private static readonly Regex PagingCookie = new("pagingcookie=\"([^\"]*)\"", RegexOptions.CultureInvariant);
    private static readonly Regex CookiePage = new("^<cookie page=\"(\\d+)\"", RegexOptions.CultureInvariant);

    private readonly ServedOrganization _served;
    private readonly string _serviceRoot;

    public RecordEndpoints(ServedOrganization served, string serviceRoot)
    {
        _served = served;
        _serviceRoot = serviceRoot;
    }

    private WebApiModel Model => _served.Model;

    private InMemoryOrganizationService Service => _served.Org.CreateService();

    public ApiResponse Collection(ApiRequest request, WebApiTable table)
    {
        switch (request.Method)
        {
            case "GET":
                return request.Query.TryGetValue("fetchXml", out var fetch) ? Fetch(request, table, fetch) : Query(request, table);
            case "POST":
                using (var body = EntityJsonReader.Parse(request.Body))
                {
                    var entity = EntityJsonReader.Read(body.RootElement, table, Model);
                    var id = Service.Create(entity);
                    return Written(request, table, id, created: true);
                }

            default:
                throw new WebApiException(405, 0, $"The HTTP method '{request.Method}' is not allowed on the entity set '{table.EntitySetName}'.");
        }
    }

    public ApiResponse Single(ApiRequest request, WebApiTable table, string keyText)
    {
        var key = RecordKey.Parse(keyText, table);
        switch (request.Method)
        {
            case "GET":
            {
                var id = Resolve(table, key) ?? throw NotFound(table, key);
                var query = QueryTranslator.Translate(Model, table, request.Query);
                var entity = Service.Retrieve(table.LogicalName, id, query.Columns is null ? new ColumnSet(true) : SelectedColumns(query));
                var writer = new EntityJsonWriter(Model, request.Prefer.Annotations is not null);
                return ApiResponse.Json(200, json =>
                {
                    json.WriteString("@odata.context", $"{_serviceRoot}$metadata#{table.EntitySetName}/$entity");
                    writer.WriteProperties(json, table, entity, query.Columns);
                    WriteExpansions(json, writer, entity, query.Expansions);
                });
            }

            case "PATCH":
                return Patch(request, table, key);
            case "DELETE":
            {
                var id = Resolve(table, key) ?? throw NotFound(table, key);
                Service.Delete(table.LogicalName, id);
                return ApiResponse.NoContent();
            }

            default:
                throw new WebApiException(405, 0, $"The HTTP method '{request.Method}' is not allowed on a {table.LogicalName} record.");
        }
    }

    /// <summary>
    /// PATCH is an upsert unless <c>If-Match: *</c> (update only: 404 when missing) or <c>If-None-Match: *</c> (create only:
    /// 412 when it exists) says otherwise (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api#upsert-a-table-row).
    /// </summary>
    private ApiResponse Patch(ApiRequest request, WebApiTable table, RecordKey key)
    {
        using var body = EntityJsonReader.Parse(request.Body);
        var entity = EntityJsonReader.Read(body.RootElement, table, Model);
        var existing = Resolve(table, key);
        var updateOnly = request.Header("If-Match") == "*";
        var createOnly = request.Header("If-None-Match") == "*";
        if (existing is Guid id)
        {
            if (createOnly) throw new WebApiException(412, InMemory.Pipeline.ErrorCodes.DuplicateRecord, "A record with matching key values already exists.");
            entity.Id = id;
            entity[table.Metadata.PrimaryIdAttribute] = id;
            Service.Update(entity);
            return Written(request, table, id, created: false);
        }

        if (updateOnly) throw NotFound(table, key);
        if (key.Alternate is { } alternate)
        {
            foreach (var pair in alternate) entity[pair.Key] = pair.Value;
        }
        else
        {
            entity.Id = key.Id;
            entity[table.Metadata.PrimaryIdAttribute] = key.Id;
        }

        var created = Service.Create(entity);
        return Written(request, table, created, created: false);
    }

    /// <summary>204 with OData-EntityId, or the record (201 on POST, 200 on PATCH) with <c>Prefer: return=representation</c>.</summary>
    private ApiResponse Written(ApiRequest request, WebApiTable table, Guid id, bool created)
    {
        var location = $"{_serviceRoot}{table.EntitySetName}({id})";
        ApiResponse response;
        if (request.Prefer.ReturnRepresentation)
        {
            var query = QueryTranslator.Translate(Model, table, request.Query);
            var entity = Service.Retrieve(table.LogicalName, id, new ColumnSet(true));
            var writer = new EntityJsonWriter(Model, request.Prefer.Annotations is not null);
            response = ApiResponse.Json(created ? 201 : 200, json =>
            {
                json.WriteString("@odata.context", $"{_serviceRoot}$metadata#{table.EntitySetName}/$entity");
                writer.WriteProperties(json, table, entity, query.Columns);
            });
            response.Headers["Preference-Applied"] = "return=representation";
        }
        else
        {
            response = ApiResponse.NoContent();
        }

        response.Headers["OData-EntityId"] = location;
        response.Headers["Location"] = location;
        return response;
    }

    private ApiResponse Query(ApiRequest request, WebApiTable table)
    {
        var plan = QueryTranslator.Translate(Model, table, request.Query);
        var query = plan.Query;
        // Read only what is written: the $select columns and the lookups $expand follows, not a clone of every column.
        if (plan.Columns is not null) query.ColumnSet = SelectedColumns(plan);
        var pageSize = request.Prefer.PageSize;
        var page = 1;
        if (plan.Top is int top)
        {
            // With $count the total ignores $top, so the first page of `top` rows is read with the total counted.
            if (plan.Count) query.PageInfo = new PagingInfo { Count = Math.Max(top, 1), PageNumber = 1, ReturnTotalRecordCount = true };
            else query.TopCount = top;
        }
        else
        {
            query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = 1, ReturnTotalRecordCount = plan.Count };
            if (request.Query.TryGetValue("$skiptoken", out var token))
            {
                var number = PageNumber.Match(token);
                if (!number.Success) throw WebApiException.BadRequest("The $skiptoken is not one this service issued.");
                page = int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                query.PageInfo.PageNumber = page;
                var cookie = PagingCookie.Match(token);
                if (cookie.Success) query.PageInfo.PagingCookie = Uri.UnescapeDataString(Uri.UnescapeDataString(cookie.Groups[1].Value));
            }
        }

        var result = Service.RetrieveMultiple(query);
        var writer = new EntityJsonWriter(Model, request.Prefer.Annotations is not null);
        var response = ApiResponse.Json(200, json =>
        {
            json.WriteString("@odata.context", $"{_serviceRoot}$metadata#{table.EntitySetName}");
            // $count is at most 5,000 (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/count-rows).
            if (plan.Count) json.WriteNumber("@odata.count", Math.Min(result.TotalRecordCount < 0 ? result.Entities.Count : result.TotalRecordCount, 5000));
            json.WriteStartArray("value");
            foreach (var entity in result.Entities)
            {
                json.WriteStartObject();
                writer.WriteProperties(json, table, entity, plan.Columns);
                WriteExpansions(json, writer, entity, plan.Expansions);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (plan.Top is null && result.MoreRecords)
            {
                json.WriteString("@odata.nextLink", NextLink(request, table, PagingToken(page + 1, result.PagingCookie)));
            }
        });
        Preferences(request, response);
        return response;
    }

    /// <summary>
    /// <c>?fetchXml=</c> on an entity set: the fetch runs as is
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/retrieve-data#use-fetchxml-with-web-api).
    /// </summary>
    private ApiResponse Fetch(ApiRequest request, WebApiTable table, string fetch)
    {
        var result = Service.RetrieveMultiple(new FetchExpression(fetch));
        if (!string.Equals(result.EntityName, table.LogicalName, StringComparison.Ordinal) && result.EntityName is { Length: > 0 })
        {
            throw WebApiException.BadRequest($"The fetchXml queries {result.EntityName}, not the entity set's table {table.LogicalName}.");
        }

        var writer = new EntityJsonWriter(Model, request.Prefer.Annotations is not null);
        var response = ApiResponse.Json(200, json =>
        {
            json.WriteString("@odata.context", $"{_serviceRoot}$metadata#{table.EntitySetName}");
            // Both annotations come when asked for in Prefer and only while more records follow; the cookie is the paging
            // token of the next page (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results).
            if (result.MoreRecords && Wants(request, "fetchxmlpagingcookie") && result.PagingCookie is { } cookie && CookiePage.Match(cookie) is { Success: true } page)
            {
                var next = int.Parse(page.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
                json.WriteString("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie", PagingToken(next, cookie));
            }

            if (result.MoreRecords && Wants(request, "morerecords")) json.WriteBoolean("@Microsoft.Dynamics.CRM.morerecords", true);
            json.WriteStartArray("value");
            foreach (var entity in result.Entities)
            {
                json.WriteStartObject();
                writer.WriteProperties(json, table, entity, null);
                foreach (var pair in entity.Attributes.Where(a => a.Value is AliasedValue))
                {
                    json.WritePropertyName(pair.Key);
                    JsonSerializer.Serialize(json, ((AliasedValue)pair.Value!).Value is OptionSetValue o ? o.Value : ((AliasedValue)pair.Value!).Value is Money m ? m.Value : ((AliasedValue)pair.Value!).Value);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
        Preferences(request, response);
        return response;
    }

    /// <summary>
    /// The token that names the next page: its number and the org's paging cookie URL-encoded twice, as Dataverse's
    /// $skiptoken and fetchxmlpagingcookie are (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results).
    /// </summary>
    private static string PagingToken(int nextPage, string? cookie) =>
        $"<cookie pagenumber=\"{nextPage}\" pagingcookie=\"{Uri.EscapeDataString(Uri.EscapeDataString(cookie ?? string.Empty))}\" istracking=\"False\" />";

    /// <summary>Whether Prefer odata.include-annotations asks for a Microsoft.Dynamics.CRM annotation ("*", the namespace's "*" or its name).</summary>
    private static bool Wants(ApiRequest request, string annotation) =>
        request.Prefer.Annotations is { } asked && asked.Split(',').Select(a => a.Trim().Trim('"')).Any(a =>
            a == "*" || a == "Microsoft.Dynamics.CRM.*" || a == "Microsoft.Dynamics.CRM." + annotation);

    private static ColumnSet SelectedColumns(ODataQuery query) =>
        new(query.Columns!.Select(c => c.LogicalName).Concat(query.Expansions.Select(e => e.LookupColumn).OfType<string>()).Distinct().ToArray());

    private static void Preferences(ApiRequest request, ApiResponse response)
    {
        var applied = new List<string>();
        if (request.Prefer.Annotations is { } annotations) applied.Add($"odata.include-annotations=\"{annotations}\"");
        if (request.Prefer.MaxPage is int size) applied.Add($"odata.maxpagesize={size}");
        if (applied.Count > 0) response.Headers["Preference-Applied"] = string.Join(",", applied);
    }

    private string NextLink(ApiRequest request, WebApiTable table, string skipToken)
    {
        var options = request.Query.Where(o => o.Key != "$skiptoken").Select(o => Uri.EscapeDataString(o.Key) + "=" + Uri.EscapeDataString(o.Value))
            .Append("$skiptoken=" + Uri.EscapeDataString(skipToken));
        return $"{_serviceRoot}{table.EntitySetName}?{string.Join("&", options)}";
    }

    private void WriteExpansions(Utf8JsonWriter json, EntityJsonWriter writer, Entity entity, IReadOnlyList<Expansion> expansions)
    {
        foreach (var expansion in expansions)
        {
            var target = Model.ByTable(expansion.Table)!;
            var columns = expansion.Columns is null ? new ColumnSet(true) : new ColumnSet(expansion.Columns.Select(c => c.LogicalName).ToArray());
            if (expansion.LookupColumn is { } lookup)
            {
                var reference = entity.GetAttributeValue<EntityReference>(lookup);
                if (reference is null || reference.LogicalName != expansion.Table)
                {
                    json.WriteNull(expansion.Name);
                    continue;
                }

                var related = Service.Retrieve(reference.LogicalName, reference.Id, columns);
                json.WriteStartObject(expansion.Name);
                writer.WriteProperties(json, target, related, expansion.Columns);
                json.WriteEndObject();
            }
            else
            {
                var relationship = expansion.Relationship!;
                var query = new QueryExpression(relationship.ReferencingEntity) { ColumnSet = columns };
                query.Criteria.AddCondition(relationship.ReferencingAttribute, ConditionOperator.Equal, entity.Id);
                json.WriteStartArray(expansion.Name);
                foreach (var related in Service.RetrieveMultiple(query).Entities)
                {
                    json.WriteStartObject();
                    writer.WriteProperties(json, target, related, expansion.Columns);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }
        }
    }

    /// <summary>The row's id: the key itself, or the row an alternate key names (null when none does).</summary>
    private Guid? Resolve(WebApiTable table, RecordKey key)
    {
        if (key.Alternate is null)
        {
            return _served.Org.Peek(table.LogicalName, key.Id) is null ? null : key.Id;
        }

        var query = new QueryExpression(table.LogicalName) { ColumnSet = new ColumnSet(table.Metadata.PrimaryIdAttribute), TopCount = 2 };
        foreach (var pair in key.Alternate) query.Criteria.AddCondition(pair.Key, ConditionOperator.Equal, pair.Value);
        var rows = Service.RetrieveMultiple(query).Entities;
        return rows.Count == 0 ? null : rows[0].Id;
    }

    private static WebApiException NotFound(WebApiTable table, RecordKey key) =>
        new(404, InMemory.Pipeline.ErrorCodes.ObjectDoesNotExist,
            key.Alternate is null ? $"{table.LogicalName} With Id = {key.Id} Does Not Exist" : $"A record with the specified key values does not exist in {table.LogicalName} entity");
}
