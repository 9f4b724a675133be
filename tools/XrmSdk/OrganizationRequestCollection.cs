using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Contains a collection of organization requests (ExecuteMultipleRequest.Requests).</summary>
    [CollectionDataContract(Name = "OrganizationRequestCollection", Namespace = XrmContracts.V2012)]
    [KnownType(typeof(EntityImageCollection))]
    public sealed class OrganizationRequestCollection : DataCollection<OrganizationRequest>
    {
        /// <summary>Initializes an empty collection.</summary>
        public OrganizationRequestCollection()
        {
        }
    }
}
