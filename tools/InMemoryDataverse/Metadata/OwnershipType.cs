namespace DataverseFunnel.InMemory.Metadata;

/// <summary>Who owns a table's rows; user-owned tables get an ownerid column.</summary>
public enum OwnershipType
{
    UserOwned,
    OrganizationOwned,
}
