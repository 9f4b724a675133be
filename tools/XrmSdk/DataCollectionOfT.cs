using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Represents an ordered collection of SDK values.</summary>
    public class DataCollection<T> : Collection<T>
    {
        /// <summary>Initializes an empty collection.</summary>
        public DataCollection()
        {
        }

        /// <summary>Initializes a collection that wraps the given list.</summary>
        public DataCollection(IList<T> list)
            : base(list)
        {
        }

        /// <summary>Adds every item.</summary>
        public void AddRange(params T[] items) => AddRange((IEnumerable<T>)items);

        /// <summary>Adds every item.</summary>
        public void AddRange(IEnumerable<T> items)
        {
            if (items == null) throw new ArgumentNullException(nameof(items));
            foreach (var item in items) Add(item);
        }

        /// <summary>Copies the items into a new array.</summary>
        public T[] ToArray()
        {
            var array = new T[Count];
            CopyTo(array, 0);
            return array;
        }
    }
}
