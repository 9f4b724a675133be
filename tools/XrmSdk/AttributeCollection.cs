using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Contains the attributes (columns) of a record, keyed by logical name.</summary>
    [CollectionDataContract(Name = "AttributeCollection", Namespace = XrmContracts.V2011)]
    [KnownType("GetKnownParameterTypes")]
    public sealed class AttributeCollection : DataCollection<string, object>
    {
        /// <summary>Initializes an empty collection.</summary>
        public AttributeCollection()
        {
        }

        private static IEnumerable<Type> GetKnownParameterTypes() => KnownParameterTypes.All();
    }
}
