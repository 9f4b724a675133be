namespace DataverseFunnel.InMemory.Metadata;

/// <summary>The column types the in-memory org can store; each accepts exactly the SDK value type Dataverse accepts.</summary>
public enum ColumnType
{
    /// <summary>Single line of text (<see cref="string"/>, limited by MaxLength).</summary>
    String,
    /// <summary>Multiple lines of text (<see cref="string"/>, limited by MaxLength).</summary>
    Memo,
    /// <summary>Whole number (<see cref="int"/>).</summary>
    Integer,
    /// <summary>Decimal number (<see cref="decimal"/>).</summary>
    Decimal,
    /// <summary>Floating point number (<see cref="double"/>).</summary>
    Double,
    /// <summary>Currency (<c>Money</c>).</summary>
    Money,
    /// <summary>Two options (<see cref="bool"/>).</summary>
    Boolean,
    /// <summary>Date and time (<see cref="System.DateTime"/>, stored as UTC).</summary>
    DateTime,
    /// <summary>Choice (<c>OptionSetValue</c>).</summary>
    Choice,
    /// <summary>Choices (<c>OptionSetValueCollection</c>).</summary>
    MultiChoice,
    /// <summary>Lookup (<c>EntityReference</c> to one of the targets).</summary>
    Lookup,
    /// <summary>Customer lookup (<c>EntityReference</c> to account or contact).</summary>
    Customer,
    /// <summary>Owner lookup (<c>EntityReference</c> to systemuser or team).</summary>
    Owner,
    /// <summary>Unique identifier (<see cref="System.Guid"/>).</summary>
    UniqueIdentifier,
    /// <summary>Status (statecode, <c>OptionSetValue</c>).</summary>
    State,
    /// <summary>Status reason (statuscode, <c>OptionSetValue</c>).</summary>
    Status,
}
