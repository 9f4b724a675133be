using System.Collections.Generic;
using System.Text;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query;

/// <summary>Turns stored rows into fresh Entity objects holding only the requested, non-null columns.</summary>
internal static class QueryProjection
{
    public static void CheckColumns(TableMetadata table, ColumnSet? columns)
    {
        if (columns is null || columns.AllColumns) return;
        foreach (var column in columns.Columns)
        {
            if (table.FindColumn(column) is null) throw Faults.UnknownColumn(table.LogicalName, column);
        }
    }

    /// <summary>The row as an Entity: id, primary key column and the requested columns (clones; nulls omitted).</summary>
    public static Entity ToEntity(TableMetadata table, StoredRow row, ColumnSet? columns)
    {
        var entity = new Entity(table.LogicalName, row.Id);
        entity.Attributes[table.PrimaryIdAttribute] = row.Id;
        if (columns is null) return entity;
        if (columns.AllColumns)
        {
            foreach (var pair in row.Values) entity.Attributes[pair.Key] = ValueCloner.Clone(pair.Value)!;
            return entity;
        }

        foreach (var column in columns.Columns)
        {
            if (row.Values.TryGetValue(column, out var value)) entity.Attributes[column] = ValueCloner.Clone(value)!;
        }

        return entity;
    }

    public static Entity Project(TableMetadata table, ColumnSet columns, JoinedRecord record, List<LinkPlan> links)
    {
        var entity = ToEntity(table, record.Main, columns);
        AddLinkColumns(entity, record, links);
        return entity;
    }

    public static string DistinctKey(Entity entity)
    {
        var key = new StringBuilder();
        foreach (var pair in entity.Attributes)
        {
            if (pair.Key == entity.LogicalName + "id") continue;
            key.Append(pair.Key).Append('=').Append(ValueComparison.Normalize(pair.Value)).Append('|');
        }

        return key.ToString();
    }

    private static void AddLinkColumns(Entity entity, JoinedRecord record, List<LinkPlan> links)
    {
        foreach (var link in links)
        {
            var row = record.RowFor(link.Alias);
            if (row is not null)
            {
                var columns = link.Link.Columns;
                if (columns.AllColumns)
                {
                    foreach (var pair in row.Values) Add(entity, link, pair.Key, pair.Value);
                }
                else
                {
                    foreach (var column in columns.Columns)
                    {
                        if (row.Values.TryGetValue(column, out var value)) Add(entity, link, column, value);
                    }
                }
            }

            AddLinkColumns(entity, record, link.Children);
        }
    }

    private static void Add(Entity entity, LinkPlan link, string column, object value) =>
        entity.Attributes[link.Alias + "." + column] = new AliasedValue(link.Table.LogicalName, column, ValueCloner.Clone(value)!);
}
