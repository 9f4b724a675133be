using System;
using System.Globalization;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query.Fetch;

/// <summary>
/// Reads a condition's text value as the column's type (numbers and choices as decimal, which is how the query engine
/// compares them; dates as UTC; lookups and ids as Guid), so "eq 0" on statecode compares a number, not text.
/// </summary>
internal static class FetchValues
{
    public static object Read(string text, ConditionOperator op, TableMetadata table, ColumnMetadata column)
    {
        if (FetchOperators.TakesCount(op)) return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : throw Bad(text, op + " needs a whole number", table, column);
        if (FetchOperators.TakesText(op)) return text;
        switch (column.Type)
        {
            case ColumnType.String:
            case ColumnType.Memo:
                return text;
            case ColumnType.Integer:
            case ColumnType.Decimal:
            case ColumnType.Double:
            case ColumnType.Money:
            case ColumnType.Choice:
            case ColumnType.MultiChoice:
            case ColumnType.State:
            case ColumnType.Status:
                return decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number) ? number : throw Bad(text, "a number", table, column);
            case ColumnType.Boolean:
                return text switch
                {
                    "1" or "true" => true,
                    "0" or "false" => false,
                    _ => throw Bad(text, "0, 1, true or false", table, column),
                };
            case ColumnType.DateTime:
                return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : throw Bad(text, "a date", table, column);
            default:
                return Guid.TryParse(text, out var id) ? id : throw Bad(text, "a GUID", table, column);
        }
    }

    private static Exception Bad(string text, string expected, TableMetadata table, ColumnMetadata column) =>
        Faults.Invalid($"The value '{text}' for attribute '{column.LogicalName}' of '{table.LogicalName}' is not valid: expected {expected}.");
}
