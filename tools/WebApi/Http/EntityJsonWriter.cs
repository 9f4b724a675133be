using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.WebApi.Model;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.WebApi.Http;

/// <summary>
/// An Entity → a Web API record: lookups as <c>_x_value</c> with the lookuplogicalname annotation, choices as integers
/// with <c>OData.Community.Display.V1.FormattedValue</c> when the client asked for annotations
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns#formatted-values).
/// </summary>
internal sealed class EntityJsonWriter
{
    public const string FormattedValue = "@OData.Community.Display.V1.FormattedValue";
    public const string LookupLogicalName = "@Microsoft.Dynamics.CRM.lookuplogicalname";

    private readonly WebApiModel _model;
    private readonly bool _annotations;

    // Property names encoded once per writer (one writer serves a page): no string or transcoding per row and column.
    private readonly Dictionary<ColumnMetadata, JsonEncodedText> _names = new(ReferenceEqualityComparer.Instance);

    public EntityJsonWriter(WebApiModel model, bool annotations)
    {
        _model = model;
        _annotations = annotations;
    }

    /// <summary>Writes the record's properties (the caller opens and closes the object).</summary>
    public void WriteProperties(Utf8JsonWriter json, WebApiTable table, Entity entity, IReadOnlyCollection<ColumnMetadata>? columns)
    {
        var id = table.Metadata.FindColumn(table.Metadata.PrimaryIdAttribute);
        if (columns is not null && id is not null && !columns.Contains(id)) Write(json, table, entity, id);
        foreach (var column in columns ?? (IReadOnlyCollection<ColumnMetadata>)table.Metadata.Columns)
        {
            Write(json, table, entity, column);
        }
    }

    private void Write(Utf8JsonWriter json, WebApiTable table, Entity entity, ColumnMetadata column)
    {
        if (!_names.TryGetValue(column, out var encoded))
        {
            encoded = JsonEncodedText.Encode(WebApiTable.PropertyName(column));
            _names.Add(column, encoded);
        }

        var name = encoded.Value;
        entity.Attributes.TryGetValue(column.LogicalName, out var value);
        if (column.LogicalName == table.Metadata.PrimaryIdAttribute && value is null && entity.Id != Guid.Empty) value = entity.Id;
        switch (value)
        {
            case null:
                json.WriteNull(encoded);
                break;
            case EntityReference reference:
                if (_annotations)
                {
                    if (reference.Name is not null) json.WriteString(name + FormattedValue, reference.Name);
                    json.WriteString(name + LookupLogicalName, reference.LogicalName);
                }

                json.WriteString(encoded, reference.Id);
                break;
            case OptionSetValue option:
                if (_annotations && Label(table, column, option.Value) is string label) json.WriteString(name + FormattedValue, label);
                json.WriteNumber(encoded, option.Value);
                break;
            case OptionSetValueCollection options:
                json.WriteString(name, string.Join(",", options.Select(o => o.Value.ToString(CultureInfo.InvariantCulture))));
                break;
            case Money money:
                json.WriteNumber(encoded, money.Value);
                break;
            case DateTime date:
                // Whole seconds in UTC: System.Text.Json then writes yyyy-MM-ddTHH:mm:ssZ without a formatted string per row.
                var utc = date.ToUniversalTime().Ticks;
                json.WriteString(encoded, new DateTime(utc - (utc % TimeSpan.TicksPerSecond), DateTimeKind.Utc));
                break;
            case bool flag:
                json.WriteBoolean(encoded, flag);
                break;
            case int number:
                json.WriteNumber(encoded, number);
                break;
            case decimal number:
                json.WriteNumber(encoded, number);
                break;
            case double number:
                json.WriteNumber(encoded, number);
                break;
            case Guid guid:
                json.WriteString(encoded, guid);
                break;
            case AliasedValue aliased:
                json.WriteString(name, Convert.ToString(aliased.Value, CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private string? Label(WebApiTable table, ColumnMetadata column, int value)
    {
        var label = _model.Label(table.LogicalName, column.LogicalName, value);
        if (label is not null || !table.Metadata.HasStateColumns) return label;
        // statecode/statuscode of tables without declared labels: the platform's default words (Active/Inactive).
        return column.Type switch
        {
            ColumnType.State => value == 0 ? "Active" : value == 1 ? "Inactive" : null,
            ColumnType.Status => value == 1 ? "Active" : value == 2 ? "Inactive" : null,
            _ => null,
        };
    }
}
