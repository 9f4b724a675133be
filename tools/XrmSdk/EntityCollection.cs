using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Contains a collection of records, e.g. a page of query results.</summary>
    [DataContract(Name = "EntityCollection", Namespace = XrmContracts.V2011)]
    public sealed class EntityCollection : IExtensibleDataObject
    {
        private DataCollection<Entity> _entities;

        /// <summary>Initializes an empty collection.</summary>
        public EntityCollection()
        {
            _entities = new DataCollection<Entity>();
        }

        /// <summary>Initializes a collection that wraps the given list.</summary>
        public EntityCollection(IList<Entity> list)
        {
            _entities = new DataCollection<Entity>(list);
        }

        /// <summary>The records.</summary>
        [DataMember]
        public DataCollection<Entity> Entities
        {
            get => _entities;
            private set => _entities = value ?? new DataCollection<Entity>();
        }

        /// <summary>The record at an index.</summary>
        public Entity this[int index]
        {
            get => _entities[index];
            set => _entities[index] = value;
        }

        /// <summary>The logical name of the table of the records.</summary>
        [DataMember]
        public string EntityName { get; set; } = null!;

        /// <summary>The lowest active row version, for change tracking.</summary>
        [DataMember]
        public string? MinActiveRowVersion { get; set; }

        /// <summary>Whether more records are available after this page.</summary>
        [DataMember]
        public bool MoreRecords { get; set; }

        /// <summary>The cookie that retrieves the next page.</summary>
        [DataMember]
        public string? PagingCookie { get; set; }

        /// <summary>The total number of records (when requested).</summary>
        [DataMember]
        public int TotalRecordCount { get; set; }

        /// <summary>Whether the total exceeded the count limit.</summary>
        [DataMember]
        public bool TotalRecordCountLimitExceeded { get; set; }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }
    }
}
