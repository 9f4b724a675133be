using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Contains a collection of ExecuteMultipleResponseItem instances.</summary>
    [CollectionDataContract(Name = "OrganizationResponseCollection", Namespace = XrmContracts.V2012)]
    public sealed class ExecuteMultipleResponseItemCollection : DataCollection<ExecuteMultipleResponseItem>
    {
        /// <summary>Initializes an empty collection.</summary>
        public ExecuteMultipleResponseItemCollection()
        {
        }
    }
}
