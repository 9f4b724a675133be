using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.WebApi.Model;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.WebApi.Http;

/// <summary>
/// A request body → an Entity: columns by logical name, lookups by <c>nav@odata.bind</c>
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/associate-disassociate-entities-using-web-api#associate-table-rows-on-create),
/// choices as integers. Anything the table does not have is a 400 naming it.
/// </summary>
internal static class EntityJsonReader
{
    public static JsonDocument Parse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw WebApiException.BadRequest($"The request body is not valid JSON: {e.Message}");
        }
    }

    public static Entity Read(JsonElement json, WebApiTable table, WebApiModel model)
    {
        if (json.ValueKind != JsonValueKind.Object) throw WebApiException.BadRequest($"The request body for a {table.LogicalName} must be a JSON object.");
        var entity = new Entity(table.LogicalName);
        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            if (name.StartsWith("@", StringComparison.Ordinal)) continue; // @odata.type, @odata.etag
            const string Bind = "@odata.bind";
            if (name.EndsWith(Bind, StringComparison.Ordinal))
            {
                var navigation = name.Substring(0, name.Length - Bind.Length);
                if (!table.Navigation.TryGetValue(navigation, out var lookup))
                {
                    throw WebApiException.BadRequest($"An undeclared property '{navigation}' which only has property annotations in the payload but no property value was found in the payload. '{navigation}' is not a single-valued navigation property of {WebApiModel.Namespace}.{table.LogicalName}.");
                }

                entity[lookup.Column.LogicalName] = property.Value.ValueKind == JsonValueKind.Null ? null! : Reference(property.Value, lookup.Target, model);
                continue;
            }

            if (name.Contains('@')) continue; // instance annotations such as x@OData.Community.Display.V1.FormattedValue
            var column = table.Metadata.FindColumn(name);
            if (column is null || WebApiTable.IsLookup(column.Type))
            {
                throw WebApiException.BadRequest($"The property '{name}' does not exist on type '{WebApiModel.Namespace}.{table.LogicalName}'. Make sure to only use property names that are defined by the type.");
            }

            entity[column.LogicalName] = Value(property.Value, column, table)!;
            if (column.LogicalName == table.Metadata.PrimaryIdAttribute && entity[column.LogicalName] is Guid id) entity.Id = id;
        }

        return entity;
    }

    /// <summary>"/accounts(guid)" or an absolute URL ending so → the referenced row, checked against the lookup's target.</summary>
    public static EntityReference Reference(JsonElement value, string target, WebApiModel model)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw WebApiException.BadRequest("An @odata.bind value must be a string such as \"/accounts(00000000-0000-0000-0000-000000000001)\".");
        var path = text;
        var slash = path.LastIndexOf('/');
        if (slash >= 0) path = path.Substring(slash + 1);
        var open = path.IndexOf('(');
        if (open <= 0 || !path.EndsWith(")", StringComparison.Ordinal) || !Guid.TryParse(path.Substring(open + 1, path.Length - open - 2), out var id))
        {
            throw WebApiException.BadRequest($"The @odata.bind value '{text}' is not an entity reference such as /accounts(<guid>).");
        }

        var set = model.BySetName(path.Substring(0, open)) ?? throw WebApiException.NotFoundSegment(path.Substring(0, open));
        if (set.LogicalName != target) throw WebApiException.BadRequest($"The @odata.bind value '{text}' points at a {set.LogicalName}; the navigation property expects a {target}.");
        return new EntityReference(target, id);
    }

    private static object? Value(JsonElement value, ColumnMetadata column, WebApiTable table)
    {
        if (value.ValueKind == JsonValueKind.Null) return null;
        try
        {
            return column.Type switch
            {
                ColumnType.String or ColumnType.Memo => value.GetString(),
                ColumnType.Integer => value.GetInt32(),
                ColumnType.Decimal => value.GetDecimal(),
                ColumnType.Double => value.GetDouble(),
                ColumnType.Money => new Money(value.GetDecimal()),
                ColumnType.Boolean => value.GetBoolean(),
                ColumnType.DateTime => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                ColumnType.Choice or ColumnType.State or ColumnType.Status => new OptionSetValue(value.GetInt32()),
                ColumnType.MultiChoice => new OptionSetValueCollection(value.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries)
                    .Select(v => new OptionSetValue(int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture))).ToList()),
                _ => value.GetGuid(),
            };
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException)
        {
            throw WebApiException.BadRequest($"Cannot convert the literal '{value.GetRawText()}' to the expected type of property '{column.LogicalName}' on {WebApiModel.Namespace}.{table.LogicalName} ({column.Type}).");
        }
    }
}
