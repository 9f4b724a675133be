using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Contains the values of a multi-select choice attribute.</summary>
    [CollectionDataContract(Name = "OptionSetValueCollection", Namespace = XrmContracts.V90)]
    public class OptionSetValueCollection : DataCollection<OptionSetValue>
    {
        /// <summary>Initializes an empty collection.</summary>
        public OptionSetValueCollection()
        {
        }

        /// <summary>Initializes a collection that wraps the given list.</summary>
        public OptionSetValueCollection(IList<OptionSetValue> list)
            : base(list)
        {
        }
    }
}
