using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Provides a collection of parameters for a request.</summary>
    [CollectionDataContract(Name = "ParameterCollection", Namespace = XrmContracts.V2011)]
    [KnownType("GetKnownParameterTypes")]
    public class ParameterCollection : DataCollection<string, object>
    {
        /// <summary>Initializes an empty collection.</summary>
        public ParameterCollection()
        {
        }

        /// <summary>Initializes a collection that wraps the given dictionary.</summary>
        public ParameterCollection(IDictionary<string, object> dictionary)
            : base(dictionary)
        {
        }

        /// <summary>
        /// Gets the value for a key when it is present and of type <typeparamref name="T"/> (a null value counts when T
        /// accepts null). Callers that write <c>TryGetValue(key, out object value)</c> bind here, so null must not read as absent.
        /// </summary>
        public bool TryGetValue<T>(string key, out T value)
        {
            if (base.TryGetValue(key, out var raw))
            {
                if (raw is T typed)
                {
                    value = typed;
                    return true;
                }

                if (raw == null && default(T) == null)
                {
                    value = default!;
                    return true;
                }
            }

            value = default!;
            return false;
        }

        private static IEnumerable<Type> GetKnownParameterTypes() => KnownParameterTypes.All();
    }
}
