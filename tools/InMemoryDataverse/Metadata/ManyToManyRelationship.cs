namespace DataverseFunnel.InMemory.Metadata;

/// <summary>An N:N relationship; associations are rows of the intersect table holding both ids.</summary>
public sealed record ManyToManyRelationship(
    string SchemaName,
    string Entity1LogicalName,
    string Entity2LogicalName,
    string IntersectEntityName,
    string Entity1IntersectAttribute,
    string Entity2IntersectAttribute);
