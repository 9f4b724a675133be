using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Metadata;

/// <summary>Checks that every value written to a table has the SDK type, length and choice value its column accepts.</summary>
internal static class ColumnValueValidator
{
    /// <summary>Throws a fault naming the first column that is unknown or holds a value Dataverse would refuse.</summary>
    public static void Validate(TableMetadata table, Entity entity)
    {
        foreach (var pair in entity.Attributes)
        {
            var column = table.FindColumn(pair.Key) ?? throw Faults.UnknownColumn(table.LogicalName, pair.Key);
            Validate(table, column, pair.Value);
        }
    }

    public static void Validate(TableMetadata table, ColumnMetadata column, object? value)
    {
        if (value is null) return;
        var ok = column.Type switch
        {
            ColumnType.String or ColumnType.Memo => value is string,
            ColumnType.Integer => value is int,
            ColumnType.Decimal => value is decimal,
            ColumnType.Double => value is double,
            ColumnType.Money => value is Money,
            ColumnType.Boolean => value is bool,
            ColumnType.DateTime => value is DateTime,
            ColumnType.Choice or ColumnType.State or ColumnType.Status => value is OptionSetValue,
            ColumnType.MultiChoice => value is OptionSetValueCollection,
            ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner => value is EntityReference,
            ColumnType.UniqueIdentifier => value is Guid,
            _ => false,
        };
        if (!ok)
        {
            throw Faults.Invalid($"Incorrect type of attribute value {value.GetType().FullName} for '{table.LogicalName}.{column.LogicalName}': it expects {Expected(column.Type)}.");
        }

        switch (value)
        {
            case string text when column.MaxLength is int max && text.Length > max:
                throw Faults.Invalid($"A validation error occurred. The length of the '{column.LogicalName}' attribute of the '{table.LogicalName}' entity exceeded the maximum allowed length of '{max}'.");
            case OptionSetValue option:
                CheckOption(table, column, option.Value);
                break;
            case OptionSetValueCollection options:
                foreach (var option in options) CheckOption(table, column, option.Value);
                break;
            case EntityReference reference:
                CheckTarget(table, column, reference);
                break;
        }
    }

    /// <summary>Dataverse stores date-times as UTC; local values are converted, unspecified ones taken as UTC.</summary>
    public static object Normalize(object value) => value is DateTime time
        ? time.Kind switch
        {
            DateTimeKind.Utc => time,
            DateTimeKind.Local => time.ToUniversalTime(),
            _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        }
        : value;

    private static void CheckOption(TableMetadata table, ColumnMetadata column, int value)
    {
        if (column.ValidValues.Count == 0) return;
        foreach (var valid in column.ValidValues)
        {
            if (valid == value) return;
        }

        throw Faults.Invalid($"A validation error occurred. The value {value} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range. Accepted values: {string.Join(", ", column.ValidValues)}.");
    }

    private static void CheckTarget(TableMetadata table, ColumnMetadata column, EntityReference reference)
    {
        if (column.Targets.Count == 0) return;
        foreach (var target in column.Targets)
        {
            if (string.Equals(target, reference.LogicalName, StringComparison.Ordinal)) return;
        }

        throw Faults.Invalid($"The lookup '{table.LogicalName}.{column.LogicalName}' can point to {string.Join(" or ", (IEnumerable<string>)column.Targets)}, not '{reference.LogicalName}'.");
    }

    private static string Expected(ColumnType type) => type switch
    {
        ColumnType.String or ColumnType.Memo => "System.String",
        ColumnType.Integer => "System.Int32",
        ColumnType.Decimal => "System.Decimal",
        ColumnType.Double => "System.Double",
        ColumnType.Money => "Microsoft.Xrm.Sdk.Money",
        ColumnType.Boolean => "System.Boolean",
        ColumnType.DateTime => "System.DateTime",
        ColumnType.Choice or ColumnType.State or ColumnType.Status => "Microsoft.Xrm.Sdk.OptionSetValue",
        ColumnType.MultiChoice => "Microsoft.Xrm.Sdk.OptionSetValueCollection",
        ColumnType.UniqueIdentifier => "System.Guid",
        _ => "Microsoft.Xrm.Sdk.EntityReference",
    };
}
