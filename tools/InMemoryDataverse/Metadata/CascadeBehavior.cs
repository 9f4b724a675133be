namespace DataverseFunnel.InMemory.Metadata;

/// <summary>
/// What a delete of the referenced row does to referencing rows, with the platform's CascadeType values
/// (https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior).
/// The org models Cascade and RemoveLink; Restrict refuses the delete while referencing rows exist.
/// </summary>
public enum CascadeBehavior
{
    NoCascade = 0,
    Cascade = 1,
    Active = 2,
    UserOwned = 3,
    RemoveLink = 4,
    Restrict = 5,
}
