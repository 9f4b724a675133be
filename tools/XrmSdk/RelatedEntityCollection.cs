using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Contains related records, keyed by relationship.</summary>
    [CollectionDataContract(Name = "RelatedEntityCollection", Namespace = XrmContracts.V2011)]
    public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
    {
        /// <summary>Initializes an empty collection.</summary>
        public RelatedEntityCollection()
        {
        }

    }
}
