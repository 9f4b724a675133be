using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Identifies a relationship by schema name (and role, for self-referential relationships).</summary>
    [DataContract(Name = "Relationship", Namespace = XrmContracts.V2011)]
    public sealed class Relationship : IExtensibleDataObject
    {
        /// <summary>Initializes an empty relationship.</summary>
        public Relationship()
        {
        }

        /// <summary>Initializes a relationship by schema name.</summary>
        public Relationship(string schemaName)
        {
            SchemaName = schemaName;
        }

        /// <summary>The role of the primary record in a self-referential relationship.</summary>
        [DataMember]
        public EntityRole? PrimaryEntityRole { get; set; }

        /// <summary>The relationship's schema name.</summary>
        [DataMember]
        public string SchemaName { get; set; } = null!;

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }

        /// <summary>Equal when schema name (ordinal, ignoring case) and role match.</summary>
        public override bool Equals(object? obj) =>
            obj is Relationship other
            && string.Equals(other.SchemaName, SchemaName, StringComparison.OrdinalIgnoreCase)
            && other.PrimaryEntityRole == PrimaryEntityRole;

        /// <summary>Consistent with Equals.</summary>
        public override int GetHashCode() =>
            (SchemaName == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(SchemaName)) ^ PrimaryEntityRole.GetHashCode();

        /// <summary>The schema name.</summary>
        public override string ToString() => SchemaName;
    }
}
