namespace DataverseFunnel.InMemory.Metadata;

/// <summary>
/// A 1:N relationship: rows of <paramref name="ReferencingEntity"/> point at a <paramref name="ReferencedEntity"/> row
/// through <paramref name="ReferencingAttribute"/>; <paramref name="CascadeDelete"/> says what deleting that row does to them,
/// <paramref name="CascadeAssign"/> what a change of its owner does to their owners.
/// </summary>
public sealed record OneToManyRelationship(
    string SchemaName,
    string ReferencedEntity,
    string ReferencingEntity,
    string ReferencingAttribute,
    CascadeBehavior CascadeDelete,
    CascadeBehavior CascadeAssign = CascadeBehavior.NoCascade);
