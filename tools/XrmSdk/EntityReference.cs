using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Identifies a record by table logical name and id (or alternate key).</summary>
    [DataContract(Name = "EntityReference", Namespace = XrmContracts.V2011)]
    [Serializable]
    public sealed class EntityReference : IExtensibleDataObject
    {
        private KeyAttributeCollection _keyAttributes = new KeyAttributeCollection();

        /// <summary>Initializes an empty reference.</summary>
        public EntityReference()
        {
        }

        /// <summary>Initializes a reference to a table without an id.</summary>
        public EntityReference(string logicalName)
        {
            LogicalName = logicalName;
        }

        /// <summary>Initializes a reference to a record by id.</summary>
        public EntityReference(string logicalName, Guid id)
        {
            LogicalName = logicalName;
            Id = id;
        }

        /// <summary>Initializes a reference to a record by alternate key.</summary>
        public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
        {
            LogicalName = logicalName;
            KeyAttributes = keyAttributeCollection;
        }

        /// <summary>Initializes a reference to a record by a single-attribute alternate key.</summary>
        public EntityReference(string logicalName, string keyName, object keyValue)
        {
            LogicalName = logicalName;
            KeyAttributes.Add(keyName, keyValue);
        }

        /// <summary>The record's id.</summary>
        [DataMember]
        public Guid Id { get; set; }

        /// <summary>The table's logical name.</summary>
        [DataMember]
        public string LogicalName { get; set; } = null!;

        /// <summary>The record's primary name, when known.</summary>
        [DataMember]
        public string? Name { get; set; }

        /// <summary>The alternate-key attributes that identify the record.</summary>
        [DataMember]
        public KeyAttributeCollection KeyAttributes
        {
            get => _keyAttributes;
            set => _keyAttributes = value ?? new KeyAttributeCollection();
        }

        /// <summary>The record's row version, for optimistic concurrency.</summary>
        [DataMember]
        public string? RowVersion { get; set; }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }

        /// <summary>Equal when the other object is a reference with the same LogicalName and Id.</summary>
        public override bool Equals(object? obj) =>
            obj is EntityReference other
            && other.Id == Id
            && string.Equals(other.LogicalName, LogicalName, StringComparison.Ordinal);

        /// <summary>Consistent with Equals.</summary>
        public override int GetHashCode() => Id.GetHashCode() ^ (LogicalName == null ? 0 : StringComparer.Ordinal.GetHashCode(LogicalName));
    }
}
