using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Contains a collection of record references.</summary>
    [CollectionDataContract(Name = "EntityReferenceCollection", Namespace = XrmContracts.V2011)]
    public class EntityReferenceCollection : DataCollection<EntityReference>
    {
        /// <summary>Initializes an empty collection.</summary>
        public EntityReferenceCollection()
        {
        }

        /// <summary>Initializes a collection that wraps the given list.</summary>
        public EntityReferenceCollection(IList<EntityReference> list)
            : base(list)
        {
        }
    }
}
