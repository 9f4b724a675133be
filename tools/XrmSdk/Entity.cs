using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Represents a record (a row of a table). Early-bound classes derive from it.</summary>
    [DataContract(Name = "Entity", Namespace = XrmContracts.V2011)]
    public class Entity : IExtensibleDataObject
    {
        private AttributeCollection _attributes = new AttributeCollection();
        // Created on first use: most records never carry formatted values, related records or keys, and a query can
        // return thousands of records.
        private FormattedValueCollection? _formattedValues;
        private RelatedEntityCollection? _relatedEntities;
        private KeyAttributeCollection? _keyAttributes;

        /// <summary>Initializes a record without a table name.</summary>
        public Entity()
        {
        }

        /// <summary>Initializes a record of the given table.</summary>
        public Entity(string entityName)
        {
            LogicalName = entityName;
        }

        /// <summary>Initializes a record of the given table with an id.</summary>
        public Entity(string entityName, Guid id)
        {
            LogicalName = entityName;
            Id = id;
        }

        /// <summary>Initializes a record identified by alternate key.</summary>
        public Entity(string entityName, KeyAttributeCollection keyAttributes)
        {
            LogicalName = entityName;
            KeyAttributes = keyAttributes;
        }

        /// <summary>Initializes a record identified by a single-attribute alternate key.</summary>
        public Entity(string entityName, string keyName, object keyValue)
        {
            LogicalName = entityName;
            KeyAttributes.Add(keyName, keyValue);
        }

        /// <summary>The attribute values, keyed by logical name.</summary>
        [DataMember]
        public AttributeCollection Attributes
        {
            get => _attributes;
            set => _attributes = value ?? new AttributeCollection();
        }

        /// <summary>The change state of the record in a context.</summary>
        [DataMember]
        public EntityState? EntityState { get; set; }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }

        /// <summary>The formatted values of attributes, keyed by logical name.</summary>
        [DataMember]
        public FormattedValueCollection FormattedValues
        {
            get => _formattedValues ??= new FormattedValueCollection();
            internal set => _formattedValues = value ?? new FormattedValueCollection();
        }

        /// <summary>The record's id. Independent of the primary key attribute (early-bound classes keep both in step).</summary>
        [DataMember]
        public virtual Guid Id { get; set; }

        /// <summary>Gets or sets an attribute value. The getter throws KeyNotFoundException when the attribute is absent.</summary>
        public object this[string attributeName]
        {
            get => Attributes[attributeName];
            set => Attributes[attributeName] = value;
        }

        /// <summary>The alternate-key attributes that identify the record.</summary>
        [DataMember]
        public KeyAttributeCollection KeyAttributes
        {
            get => _keyAttributes ??= new KeyAttributeCollection();
            set => _keyAttributes = value ?? new KeyAttributeCollection();
        }

        /// <summary>The table's logical name.</summary>
        [DataMember]
        public string LogicalName { get; set; } = null!;

        /// <summary>Related records, keyed by relationship.</summary>
        [DataMember]
        public RelatedEntityCollection RelatedEntities
        {
            get => _relatedEntities ??= new RelatedEntityCollection();
            internal set => _relatedEntities = value ?? new RelatedEntityCollection();
        }

        /// <summary>The row version, for optimistic concurrency.</summary>
        [DataMember]
        public string? RowVersion { get; set; }

        /// <summary>Whether the attribute is present (its value may be null).</summary>
        public bool Contains(string attributeName) => Attributes.Contains(attributeName);

        /// <summary>Returns the attribute value, or default(T) when the attribute is absent. A value of another type throws InvalidCastException.</summary>
        public virtual T? GetAttributeValue<T>(string attributeLogicalName)
        {
            if (!Attributes.TryGetValue(attributeLogicalName, out var value) || value == null)
            {
                return default;
            }

            return (T)value;
        }

        /// <summary>Gets the attribute value when present and of type T.</summary>
        public bool TryGetAttributeValue<T>(string attributeLogicalName, out T value)
        {
            if (Attributes.TryGetValue(attributeLogicalName, out var raw) && raw is T typed)
            {
                value = typed;
                return true;
            }

            value = default!;
            return false;
        }

        /// <summary>Copies this record into a new instance of T (e.g. an early-bound class).</summary>
        public T ToEntity<T>() where T : Entity
        {
            var copy = (T)Activator.CreateInstance(typeof(T))!;
            ShallowCopyTo(copy);
            return copy;
        }

        /// <summary>Returns a reference to this record (logical name, id and alternate keys).</summary>
        public EntityReference ToEntityReference()
        {
            var reference = new EntityReference(LogicalName, Id) { RowVersion = RowVersion };
            reference.KeyAttributes.AddRange(KeyAttributes);
            return reference;
        }

        /// <summary>Gets the formatted value of an attribute, or null when none.</summary>
        protected string? GetFormattedAttributeValue(string attributeLogicalName) =>
            FormattedValues.TryGetValue(attributeLogicalName, out var formatted) ? formatted : null;

        /// <summary>Sets an attribute value (adds or replaces).</summary>
        protected virtual void SetAttributeValue(string attributeLogicalName, object value) => Attributes[attributeLogicalName] = value;

        /// <summary>Gets the single related record for a relationship.</summary>
        protected virtual TEntity? GetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
            where TEntity : Entity
        {
            var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
            if (!RelatedEntities.TryGetValue(key, out var related) || related.Entities.Count == 0)
            {
                return null;
            }

            return related.Entities[0].ToEntity<TEntity>();
        }

        /// <summary>Gets the related records for a relationship.</summary>
        protected virtual IEnumerable<TEntity>? GetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
            where TEntity : Entity
        {
            var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
            if (!RelatedEntities.TryGetValue(key, out var related))
            {
                return null;
            }

            var result = new List<TEntity>(related.Entities.Count);
            foreach (var entity in related.Entities) result.Add(entity.ToEntity<TEntity>());
            return result;
        }

        /// <summary>Sets the single related record for a relationship (null removes it).</summary>
        protected virtual void SetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, TEntity entity)
            where TEntity : Entity
        {
            SetRelatedEntities(relationshipSchemaName, primaryEntityRole, entity == null ? null : new[] { entity });
        }

        /// <summary>Sets the related records for a relationship (null removes them).</summary>
        protected virtual void SetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<TEntity>? entities)
            where TEntity : Entity
        {
            var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
            if (entities == null)
            {
                RelatedEntities.Remove(key);
                return;
            }

            var collection = new EntityCollection(new List<Entity>(entities));
            RelatedEntities[key] = collection;
        }

        private void ShallowCopyTo(Entity target)
        {
            target.LogicalName = LogicalName;
            target.Id = Id;
            target.EntityState = EntityState;
            target.RowVersion = RowVersion;
            target.ExtensionData = ExtensionData;
            target.Attributes = new AttributeCollection();
            target.Attributes.AddRange(Attributes);
            target.FormattedValues = new FormattedValueCollection();
            target.FormattedValues.AddRange(FormattedValues);
            target.KeyAttributes = new KeyAttributeCollection();
            target.KeyAttributes.AddRange(KeyAttributes);
            target.RelatedEntities = new RelatedEntityCollection();
            target.RelatedEntities.AddRange(RelatedEntities);
        }
    }
}
