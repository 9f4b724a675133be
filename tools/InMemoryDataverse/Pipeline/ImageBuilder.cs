using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Store;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>Builds a step's pre/post images from row snapshots, trimmed to the image's columns (all when none listed).</summary>
internal static class ImageBuilder
{
    public static Entity Build(TableMetadata table, StoredRow row, IReadOnlyList<string> columns) =>
        Trim(table.LogicalName, row.Id, row.Values, columns);

    /// <summary>The step's images of one kind for one record; empty when the row is not available at this stage.</summary>
    public static EntityImageCollection For(StepDefinition step, StepImageKind kind, TableMetadata? table, StoredRow? row, PipelineItem item)
    {
        EntityImageCollection? images = null;
        if (table is not null && row is not null)
        {
            foreach (var image in step.Images)
            {
                if (image.Kind == kind) (images ??= new EntityImageCollection())[image.Alias] = Build(table, row, image.Attributes);
            }
        }

        return images ?? item.NoImages;
    }

    /// <summary>The step's images of one kind cut from a row a test supplies (direct plugin execution); empty without one.</summary>
    public static EntityImageCollection FromEntity(StepDefinition step, StepImageKind kind, Entity? source)
    {
        var images = new EntityImageCollection();
        if (source is null) return images;
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var pair in source.Attributes) values[pair.Key] = pair.Value;
        foreach (var image in step.Images)
        {
            if (image.Kind == kind) images[image.Alias] = Trim(source.LogicalName, source.Id, values, image.Attributes);
        }

        return images;
    }

    private static Entity Trim(string logicalName, Guid id, IReadOnlyDictionary<string, object> values, IReadOnlyList<string> columns)
    {
        var image = new Entity(logicalName, id);
        if (columns.Count == 0)
        {
            foreach (var pair in values) image.Attributes[pair.Key] = ValueCloner.Clone(pair.Value)!;
            return image;
        }

        foreach (var column in columns)
        {
            if (values.TryGetValue(column, out var value)) image.Attributes[column] = ValueCloner.Clone(value)!;
        }

        return image;
    }
}
