using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Contains the entity images of a step, keyed by alias.</summary>
    [CollectionDataContract(Name = "EntityImageCollection", Namespace = XrmContracts.V2011)]
    public sealed class EntityImageCollection : DataCollection<string, Entity>
    {
        /// <summary>Initializes an empty collection.</summary>
        public EntityImageCollection()
        {
        }

    }
}
