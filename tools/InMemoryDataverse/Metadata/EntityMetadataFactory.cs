using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Xrm.Sdk.Metadata;

namespace DataverseFunnel.InMemory.Metadata;

/// <summary>
/// Builds the SDK's <see cref="EntityMetadata"/> for a table, as RetrieveEntity/RetrieveAllEntities return it
/// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/metadata-retrieve-detect-changes,
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.metadata.entityfilters): entity properties always, the
/// attributes only when <see cref="EntityFilters.Attributes"/> is asked for (otherwise null, as the properties a
/// metadata query did not ask for are). Privileges and relationships are not modelled.
/// </summary>
internal static class EntityMetadataFactory
{
    /// <summary>Custom tables get type codes from here up, in logical-name order; the platform's vary per organization too.</summary>
    private const int FirstCustomObjectTypeCode = 10000;

    public static EntityMetadata Create(MetadataModel model, TableMetadata table, EntityFilters filters)
    {
        var entity = new EntityMetadata
        {
            LogicalName = table.LogicalName,
            SchemaName = table.SchemaName,
            EntitySetName = table.EntitySetName,
            MetadataId = MetadataIdOf(table.LogicalName),
            OwnershipType = table.Ownership == OwnershipType.UserOwned ? OwnershipTypes.UserOwned : OwnershipTypes.OrganizationOwned,
        };
        SetInternal(entity, nameof(EntityMetadata.LogicalCollectionName), table.EntitySetName);
        SetInternal(entity, nameof(EntityMetadata.PrimaryIdAttribute), table.PrimaryIdAttribute);
        SetInternal(entity, nameof(EntityMetadata.PrimaryNameAttribute), table.PrimaryNameAttribute);
        SetInternal(entity, nameof(EntityMetadata.IsCustomEntity), table.IsCustom);
        SetInternal(entity, nameof(EntityMetadata.ObjectTypeCode), ObjectTypeCodeOf(model, table));
        if ((filters & EntityFilters.Attributes) != 0)
        {
            SetInternal(entity, nameof(EntityMetadata.Attributes), Attributes(table));
        }

        return entity;
    }

    /// <summary>A stable id per table (and per column), so the same org answers a MetadataId lookup the same way every run.</summary>
    public static Guid MetadataIdOf(string name)
    {
        using var md5 = MD5.Create();
        return new Guid(md5.ComputeHash(Encoding.UTF8.GetBytes(name)));
    }

    private static AttributeMetadata[] Attributes(TableMetadata table)
    {
        var columns = new List<ColumnMetadata>(table.Columns);
        columns.Sort((a, b) => string.CompareOrdinal(a.LogicalName, b.LogicalName));
        var attributes = new AttributeMetadata[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var attribute = NewAttribute(column);
            attribute.LogicalName = column.LogicalName;
            attribute.SchemaName = column.SchemaName ?? column.LogicalName;
            attribute.MetadataId = MetadataIdOf(table.LogicalName + "." + column.LogicalName);
            SetInternal(attribute, nameof(AttributeMetadata.EntityLogicalName), table.LogicalName);
            SetInternal(attribute, nameof(AttributeMetadata.AttributeType), TypeCodeOf(column.Type));
            SetInternal(attribute, nameof(AttributeMetadata.IsPrimaryId), column.LogicalName == table.PrimaryIdAttribute);
            SetInternal(attribute, nameof(AttributeMetadata.IsPrimaryName), column.LogicalName == table.PrimaryNameAttribute);
            SetInternal(attribute, nameof(AttributeMetadata.IsCustomAttribute), column.IsCustom ?? (table.IsCustom && !column.IsSystem));
            attributes[i] = attribute;
        }

        return attributes;
    }

    /// <summary>
    /// The typed subclass a client reads limits from: MaxLength for text, Targets for lookups (customer and owner
    /// columns are lookups too, https://learn.microsoft.com/power-apps/developer/data-platform/entity-attribute-metadata).
    /// Other column types answer the base class.
    /// </summary>
    private static AttributeMetadata NewAttribute(ColumnMetadata column) => column.Type switch
    {
        ColumnType.String => new StringAttributeMetadata { MaxLength = column.MaxLength },
        ColumnType.Memo => new MemoAttributeMetadata { MaxLength = column.MaxLength },
        ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner => new LookupAttributeMetadata { Targets = ToArray(column.Targets) },
        _ => new AttributeMetadata(),
    };

    private static string[] ToArray(IReadOnlyList<string> values)
    {
        var array = new string[values.Count];
        for (var i = 0; i < array.Length; i++) array[i] = values[i];
        return array;
    }

    /// <summary>
    /// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.metadata.attributetypecode; a multi-select choice is a
    /// Virtual attribute (MultiSelectPicklistType; https://learn.microsoft.com/power-apps/developer/data-platform/entity-attribute-metadata).
    /// </summary>
    private static AttributeTypeCode TypeCodeOf(ColumnType type) => type switch
    {
        ColumnType.String => AttributeTypeCode.String,
        ColumnType.Memo => AttributeTypeCode.Memo,
        ColumnType.Integer => AttributeTypeCode.Integer,
        ColumnType.Decimal => AttributeTypeCode.Decimal,
        ColumnType.Double => AttributeTypeCode.Double,
        ColumnType.Money => AttributeTypeCode.Money,
        ColumnType.Boolean => AttributeTypeCode.Boolean,
        ColumnType.DateTime => AttributeTypeCode.DateTime,
        ColumnType.Choice => AttributeTypeCode.Picklist,
        ColumnType.MultiChoice => AttributeTypeCode.Virtual,
        ColumnType.Lookup => AttributeTypeCode.Lookup,
        ColumnType.Customer => AttributeTypeCode.Customer,
        ColumnType.Owner => AttributeTypeCode.Owner,
        ColumnType.UniqueIdentifier => AttributeTypeCode.Uniqueidentifier,
        ColumnType.State => AttributeTypeCode.State,
        ColumnType.Status => AttributeTypeCode.Status,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No AttributeTypeCode for this column type."),
    };

    /// <summary>Custom tables only; the platform's own type codes are not modelled (null).</summary>
    private static int? ObjectTypeCodeOf(MetadataModel model, TableMetadata table)
    {
        if (!table.IsCustom) return null;
        var before = 0;
        foreach (var other in model.Tables)
        {
            if (other.IsCustom && string.CompareOrdinal(other.LogicalName, table.LogicalName) < 0) before++;
        }

        return FirstCustomObjectTypeCode + before;
    }

    /// <summary>
    /// Sets a property whose setter the SDK keeps internal (the platform fills it, callers only read it). Reflection by the
    /// documented property name is the one way that also works against Microsoft's own assembly, where the org cannot be
    /// a friend assembly.
    /// </summary>
    private static void SetInternal(object target, string property, object? value)
    {
        var setter = target.GetType().GetProperty(property, BindingFlags.Instance | BindingFlags.Public)?.GetSetMethod(nonPublic: true)
            ?? throw new MissingMethodException(target.GetType().FullName, property + ".set");
        setter.Invoke(target, new[] { value });
    }

    /// <summary>The Timestamp RetrieveAllEntities returns: when the data was retrieved.</summary>
    public static string Timestamp(DateTime utcNow) => utcNow.ToString("o", CultureInfo.InvariantCulture);
}
