using System;
using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Represents a collection of keys and values (the base of every SDK dictionary).</summary>
    /// <remarks>The indexer getter throws <see cref="KeyNotFoundException"/> for a missing key, as the real SDK does.</remarks>
    [Serializable]
    public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>, IEnumerable
        where TKey : notnull
    {
        private readonly IDictionary<TKey, TValue> _items;

        /// <summary>Initializes an empty collection.</summary>
        protected internal DataCollection()
        {
            _items = new Dictionary<TKey, TValue>();
        }

        /// <summary>Initializes a collection that wraps the given dictionary.</summary>
        protected internal DataCollection(IDictionary<TKey, TValue> dictionary)
        {
            _items = dictionary ?? throw new ArgumentNullException(nameof(dictionary));
        }

        /// <summary>Gets or sets the value for a key; the getter throws KeyNotFoundException when absent, the setter adds or replaces.</summary>
        public TValue this[TKey key]
        {
            get => _items[key];
            set => _items[key] = value;
        }

        /// <summary>The number of pairs.</summary>
        public int Count => _items.Count;

        /// <summary>Whether the collection is read-only.</summary>
        public bool IsReadOnly => _items.IsReadOnly;

        /// <summary>The keys.</summary>
        public ICollection<TKey> Keys => _items.Keys;

        /// <summary>The values.</summary>
        public ICollection<TValue> Values => _items.Values;

        /// <summary>Adds a pair; throws if the key exists.</summary>
        public void Add(TKey key, TValue value) => _items.Add(key, value);

        /// <summary>Adds a pair; throws if the key exists.</summary>
        public void Add(KeyValuePair<TKey, TValue> item) => _items.Add(item);

        /// <summary>Adds every pair.</summary>
        public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
        {
            if (items == null) throw new ArgumentNullException(nameof(items));
            foreach (var item in items) _items.Add(item);
        }

        /// <summary>Adds every pair.</summary>
        public void AddRange(params KeyValuePair<TKey, TValue>[] items) => AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);

        /// <summary>Removes every pair.</summary>
        public void Clear() => _items.Clear();

        /// <summary>Whether the key is present (its value may be null).</summary>
        public bool Contains(TKey key) => _items.ContainsKey(key);

        /// <summary>Whether the exact pair is present.</summary>
        public bool Contains(KeyValuePair<TKey, TValue> key) => _items.Contains(key);

        /// <summary>Whether the key is present.</summary>
        public bool ContainsKey(TKey key) => _items.ContainsKey(key);

        /// <summary>Copies the pairs into an array.</summary>
        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index) => _items.CopyTo(array, index);

        /// <summary>Removes a key; returns whether it was present.</summary>
        public bool Remove(TKey key) => _items.Remove(key);

        /// <summary>Removes the exact pair; returns whether it was present.</summary>
        public bool Remove(KeyValuePair<TKey, TValue> item) => _items.Remove(item);

        /// <summary>Gets the value for a key when present.</summary>
        public bool TryGetValue(TKey key, out TValue value) => _items.TryGetValue(key, out value!);

        /// <summary>Returns an enumerator over the pairs.</summary>
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
