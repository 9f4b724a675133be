using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Contains the details of a fault.</summary>
    [CollectionDataContract(Name = "ErrorDetailCollection", Namespace = XrmContracts.V2011)]
    public sealed class ErrorDetailCollection : DataCollection<string, object>
    {
        /// <summary>Initializes an empty collection.</summary>
        public ErrorDetailCollection()
        {
        }
    }
}
