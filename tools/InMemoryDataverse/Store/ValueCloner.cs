using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Store;

/// <summary>Copies the mutable SDK value types so no caller, plugin or stored row ever shares an instance.</summary>
internal static class ValueCloner
{
    public static object? Clone(object? value) => value switch
    {
        null => null,
        string or int or decimal or bool or System.DateTime or System.Guid or double or long => value,
        EntityReference reference => new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name },
        OptionSetValue option => new OptionSetValue(option.Value),
        Money money => new Money(money.Value),
        OptionSetValueCollection options => CloneOptions(options),
        AliasedValue aliased => new AliasedValue(aliased.EntityLogicalName, aliased.AttributeLogicalName, Clone(aliased.Value)!),
        Entity entity => CloneEntity(entity),
        EntityCollection collection => CloneCollection(collection),
        _ => value,
    };

    public static Entity CloneEntity(Entity source)
    {
        var copy = new Entity(source.LogicalName, source.Id);
        foreach (var pair in source.Attributes) copy.Attributes[pair.Key] = Clone(pair.Value)!;
        return copy;
    }

    private static OptionSetValueCollection CloneOptions(OptionSetValueCollection source)
    {
        var copy = new OptionSetValueCollection();
        foreach (var option in source) copy.Add(new OptionSetValue(option.Value));
        return copy;
    }

    private static EntityCollection CloneCollection(EntityCollection source)
    {
        var copy = new EntityCollection { EntityName = source.EntityName, MoreRecords = source.MoreRecords, PagingCookie = source.PagingCookie, TotalRecordCount = source.TotalRecordCount };
        foreach (var entity in source.Entities) copy.Entities.Add(CloneEntity(entity));
        return copy;
    }
}
