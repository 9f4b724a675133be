using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.CustomApis;

/// <summary>A request parameter or response property of a Custom API: its unique name (the key in InputParameters/OutputParameters), type and, for parameters, whether it may be left out.</summary>
public sealed class CustomApiField
{
    public CustomApiField(string uniqueName, CustomApiFieldType type, bool isOptional = false, string? logicalEntityName = null)
    {
        if (string.IsNullOrWhiteSpace(uniqueName)) throw new ArgumentException("A Custom API field needs a unique name.", nameof(uniqueName));
        UniqueName = uniqueName;
        Type = type;
        IsOptional = isOptional;
        LogicalEntityName = logicalEntityName;
    }

    public string UniqueName { get; }

    public CustomApiFieldType Type { get; }

    public bool IsOptional { get; }

    /// <summary>For Entity/EntityReference/EntityCollection fields: the table the value is of, when fixed.</summary>
    public string? LogicalEntityName { get; }

    /// <summary>True when <paramref name="value"/> is the SDK type this field's type is passed as.</summary>
    public bool Accepts(object? value) => value is not null && ClrType(Type).IsInstanceOfType(value);

    /// <summary>
    /// The SDK type each field type is passed as in InputParameters/OutputParameters ("CustomAPI tables",
    /// https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables).
    /// </summary>
    public static Type ClrType(CustomApiFieldType type) => Types[type];

    private static readonly Dictionary<CustomApiFieldType, Type> Types = new()
    {
        [CustomApiFieldType.Boolean] = typeof(bool),
        [CustomApiFieldType.DateTime] = typeof(DateTime),
        [CustomApiFieldType.Decimal] = typeof(decimal),
        [CustomApiFieldType.Entity] = typeof(Entity),
        [CustomApiFieldType.EntityCollection] = typeof(EntityCollection),
        [CustomApiFieldType.EntityReference] = typeof(EntityReference),
        [CustomApiFieldType.Float] = typeof(double),
        [CustomApiFieldType.Integer] = typeof(int),
        [CustomApiFieldType.Money] = typeof(Money),
        [CustomApiFieldType.Picklist] = typeof(OptionSetValue),
        [CustomApiFieldType.String] = typeof(string),
        [CustomApiFieldType.StringArray] = typeof(string[]),
        [CustomApiFieldType.Guid] = typeof(Guid),
    };
}
