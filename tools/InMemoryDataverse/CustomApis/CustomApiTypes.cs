namespace DataverseFunnel.InMemory.CustomApis;

// The choice values of the customapi / customapirequestparameter / customapiresponseproperty columns, as listed on
// "CustomAPI tables" (https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables).

/// <summary>customapirequestparameter.type and customapiresponseproperty.type.</summary>
public enum CustomApiFieldType
{
    Boolean = 0,
    DateTime = 1,
    Decimal = 2,
    Entity = 3,
    EntityCollection = 4,
    EntityReference = 5,
    Float = 6,
    Integer = 7,
    Money = 8,
    Picklist = 9,
    String = 10,
    StringArray = 11,
    Guid = 12,
}

/// <summary>customapi.bindingtype: unbound (global), bound to one row, or bound to a table's collection.</summary>
public enum CustomApiBindingType
{
    Global = 0,
    Entity = 1,
    EntityCollection = 2,
}

/// <summary>customapi.allowedcustomprocessingsteptype: which extra steps others may register on the message.</summary>
public enum CustomApiStepType
{
    None = 0,
    AsyncOnly = 1,
    SyncAndAsync = 2,
}
