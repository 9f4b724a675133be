using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Contains the alternate-key attributes that identify a record.</summary>
    [CollectionDataContract(Name = "KeyAttributeCollection", Namespace = XrmContracts.V71)]
    [Serializable]
    public sealed class KeyAttributeCollection : DataCollection<string, object>
    {
        /// <summary>Initializes an empty collection.</summary>
        public KeyAttributeCollection()
        {
        }
    }
}
