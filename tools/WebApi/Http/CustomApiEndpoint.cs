using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DataverseFunnel.InMemory.CustomApis;
using DataverseFunnel.WebApi.Hosting;
using DataverseFunnel.WebApi.Model;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.WebApi.Http;

/// <summary>
/// Calls a Custom API over the Web API ("Use custom APIs", https://learn.microsoft.com/power-apps/developer/data-platform/use-custom-api):
/// an unbound action <c>POST /name</c> with its parameters as a JSON body, an unbound function
/// <c>GET /name(P=@p)?@p=…</c> with parameters in the URL (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-web-api-functions#passing-parameters-to-a-function),
/// bound ones as <c>/set(id)/Microsoft.Dynamics.CRM.name</c> whose record becomes the Target. The answer is the response
/// properties with <c>@odata.context</c> pointing at the response ComplexType; an action without response properties is 204.
/// Parameter checks and the plugin's refusals are the org's (faults become the Dataverse error body).
/// </summary>
internal static class CustomApiEndpoint
{
    private const string Qualifier = "/" + WebApiModel.Namespace + ".";

    /// <summary>The Custom API the path names, if any: (api, the bound record's key text or null, the function's argument text or null).</summary>
    public static ApiResponse? TryInvoke(ApiRequest request, ServedOrganization served, string path, string serviceRoot)
    {
        var model = served.Model;
        string? boundSet = null;
        string? keyText = null;
        var operation = path;
        var qualified = path.IndexOf(Qualifier, StringComparison.Ordinal);
        if (qualified > 0)
        {
            var left = path.Substring(0, qualified);
            operation = path.Substring(qualified + Qualifier.Length);
            var open = left.IndexOf('(');
            boundSet = open < 0 ? left : left.Substring(0, open);
            if (open > 0 && left.EndsWith(")", StringComparison.Ordinal)) keyText = left.Substring(open + 1, left.Length - open - 2);
        }

        var paren = operation.IndexOf('(');
        var name = paren < 0 ? operation : operation.Substring(0, paren);
        if (model.CustomApi(name) is not { } api) return null;
        var expected = api.BindingType switch
        {
            CustomApiBindingType.Entity => boundSet is not null && keyText is not null,
            CustomApiBindingType.EntityCollection => boundSet is not null && keyText is null,
            _ => boundSet is null,
        };
        if (!expected) throw WebApiException.NotFoundSegment(operation);
        if (paren >= 0 && !(api.IsFunction && operation.EndsWith(")", StringComparison.Ordinal))) throw WebApiException.NotFoundSegment(operation);
        if (request.Method != (api.IsFunction ? "GET" : "POST"))
        {
            throw new WebApiException(405, 0, $"{api.UniqueName} is {(api.IsFunction ? "a function: use GET" : "an action: use POST")}.");
        }

        var call = new OrganizationRequest(api.UniqueName);
        if (boundSet is not null)
        {
            var table = model.BySetName(boundSet) ?? throw WebApiException.NotFoundSegment(boundSet);
            if (table.LogicalName != api.BoundEntityLogicalName) throw WebApiException.NotFoundSegment(operation);
            if (keyText is not null)
            {
                var key = RecordKey.Parse(keyText, table);
                if (key.Alternate is not null) throw WebApiException.BadRequest($"{api.UniqueName} is bound by primary key: use {boundSet}(<guid>).");
                call["Target"] = new EntityReference(table.LogicalName, key.Id);
            }
        }

        if (api.IsFunction)
        {
            if (paren >= 0) ReadArguments(call, api, operation.Substring(paren + 1, operation.Length - paren - 2), request, model);
        }
        else if (request.Body.Length > 0)
        {
            using var body = EntityJsonReader.Parse(request.Body);
            if (body.RootElement.ValueKind != JsonValueKind.Object) throw WebApiException.BadRequest($"The body of {api.UniqueName} must be a JSON object of its parameters.");
            foreach (var property in body.RootElement.EnumerateObject())
            {
                if (property.Name.StartsWith("@", StringComparison.Ordinal)) continue;
                Set(call, api, property.Name, property.Value, model);
            }
        }

        var response = served.Org.CreateService().Execute(call);
        if (!api.IsFunction && api.ResponseProperties.Count == 0) return ApiResponse.NoContent();
        var writer = new EntityJsonWriter(model, request.Prefer.Annotations is not null);
        return ApiResponse.Json(200, json =>
        {
            json.WriteString("@odata.context", $"{serviceRoot}$metadata#{WebApiModel.Namespace}.{api.UniqueName}Response");
            foreach (var property in api.ResponseProperties)
            {
                if (!response.Results.TryGetValue(property.UniqueName, out var value)) continue;
                json.WritePropertyName(property.UniqueName);
                Write(json, value, model, writer);
            }
        });
    }

    /// <summary><c>P=@p,Q=5</c>: each value an OData literal, or a parameter alias read from the query string.</summary>
    private static void ReadArguments(OrganizationRequest call, CustomApiDefinition api, string text, ApiRequest request, WebApiModel model)
    {
        foreach (var pair in RecordKey.SplitPairs(text))
        {
            if (pair.Trim().Length == 0) continue;
            var equals = pair.IndexOf('=');
            if (equals <= 0) throw WebApiException.BadRequest($"Bad function argument '{pair}': expected Name=value or Name=@alias.");
            var name = pair.Substring(0, equals).Trim();
            var raw = pair.Substring(equals + 1).Trim();
            if (raw.StartsWith("@", StringComparison.Ordinal))
            {
                if (!request.Query.TryGetValue(raw, out var aliased)) throw WebApiException.BadRequest($"The parameter alias '{raw}' of '{name}' has no value in the query string.");
                raw = aliased;
            }

            using var json = JsonDocument.Parse(LiteralAsJson(raw));
            Set(call, api, name, json.RootElement, model);
        }
    }

    /// <summary>An OData URL literal as JSON: 'text' is a string ('' escapes '), numbers/true/false/null/arrays stay, anything else (guid, date) is a string.</summary>
    private static string LiteralAsJson(string raw)
    {
        if (raw.Length >= 2 && raw[0] == '\'' && raw[raw.Length - 1] == '\'') return JsonSerializer.Serialize(raw.Substring(1, raw.Length - 2).Replace("''", "'"));
        if (raw is "true" or "false" or "null" || raw.StartsWith("[", StringComparison.Ordinal) || raw.StartsWith("{", StringComparison.Ordinal)) return raw;
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? raw : JsonSerializer.Serialize(raw);
    }

    /// <summary>A JSON value as the SDK type of the declared parameter; an undeclared name is passed on for the org to refuse.</summary>
    private static void Set(OrganizationRequest call, CustomApiDefinition api, string name, JsonElement value, WebApiModel model)
    {
        CustomApiField? field = null;
        foreach (var parameter in api.RequestParameters)
        {
            if (parameter.UniqueName == name) field = parameter;
        }

        call[name] = field is null ? value.ToString() : Convert(value, field, api, model)!;
    }

    private static object? Convert(JsonElement value, CustomApiField field, CustomApiDefinition api, WebApiModel model)
    {
        if (value.ValueKind == JsonValueKind.Null) return null;
        try
        {
            return field.Type switch
            {
                CustomApiFieldType.Boolean => value.GetBoolean(),
                CustomApiFieldType.DateTime => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture).UtcDateTime,
                CustomApiFieldType.Decimal => value.GetDecimal(),
                CustomApiFieldType.Money => new Money(value.GetDecimal()),
                CustomApiFieldType.Float => value.GetDouble(),
                CustomApiFieldType.Integer => value.GetInt32(),
                CustomApiFieldType.Picklist => new OptionSetValue(value.GetInt32()),
                CustomApiFieldType.String => value.GetString(),
                CustomApiFieldType.Guid => Guid.Parse(value.GetString()!),
                CustomApiFieldType.StringArray => StringArray(value),
                CustomApiFieldType.EntityReference => Record(value, model).ToEntityReference(),
                CustomApiFieldType.Entity => Record(value, model),
                _ => Collection(value, model),
            };
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException)
        {
            throw WebApiException.BadRequest($"The parameter '{field.UniqueName}' of {api.UniqueName} is {field.Type}; the value {value.GetRawText()} is not one ({e.Message}).");
        }
    }

    private static string[] StringArray(JsonElement value)
    {
        var items = new string[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray()) items[i++] = item.GetString() ?? throw new FormatException("null item");
        return items;
    }

    /// <summary>A record in a parameter: <c>{"@odata.type":"Microsoft.Dynamics.CRM.account","accountid":"…",…}</c>.</summary>
    private static Entity Record(JsonElement value, WebApiModel model)
    {
        var type = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("@odata.type", out var t) ? t.GetString()?.TrimStart('#') : null;
        var logicalName = type is not null && type.StartsWith(WebApiModel.Namespace + ".", StringComparison.Ordinal) ? type.Substring(WebApiModel.Namespace.Length + 1) : null;
        var table = (logicalName is null ? null : model.ByTable(logicalName)) ?? throw new FormatException("a record needs \"@odata.type\": \"Microsoft.Dynamics.CRM.<table>\" of a known table");
        return EntityJsonReader.Read(value, table, model);
    }

    private static EntityCollection Collection(JsonElement value, WebApiModel model)
    {
        var collection = new EntityCollection();
        foreach (var item in value.EnumerateArray()) collection.Entities.Add(Record(item, model));
        return collection;
    }

    private static void Write(Utf8JsonWriter json, object? value, WebApiModel model, EntityJsonWriter writer)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case decimal d: json.WriteNumberValue(d); break;
            case double f: json.WriteNumberValue(f); break;
            case string s: json.WriteStringValue(s); break;
            case Guid g: json.WriteStringValue(g); break;
            case DateTime moment: json.WriteStringValue(DateTime.SpecifyKind(moment, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)); break;
            case Money money: json.WriteNumberValue(money.Value); break;
            case OptionSetValue option: json.WriteNumberValue(option.Value); break;
            case string[] strings:
                json.WriteStartArray();
                foreach (var item in strings) json.WriteStringValue(item);
                json.WriteEndArray();
                break;
            case EntityReference reference:
                WriteRecord(json, new Entity(reference.LogicalName, reference.Id), model, writer, idOnly: true);
                break;
            case Entity entity:
                WriteRecord(json, entity, model, writer, idOnly: false);
                break;
            case EntityCollection collection:
                json.WriteStartArray();
                foreach (var item in collection.Entities) WriteRecord(json, item, model, writer, idOnly: false);
                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(System.Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteRecord(Utf8JsonWriter json, Entity entity, WebApiModel model, EntityJsonWriter writer, bool idOnly)
    {
        json.WriteStartObject();
        json.WriteString("@odata.type", $"#{WebApiModel.Namespace}.{entity.LogicalName}");
        if (model.ByTable(entity.LogicalName) is { } table)
        {
            if (idOnly) json.WriteString(table.Metadata.PrimaryIdAttribute, entity.Id);
            else writer.WriteProperties(json, table, entity, null);
        }

        json.WriteEndObject();
    }
}
