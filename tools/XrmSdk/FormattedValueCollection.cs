using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Contains the formatted values of a record's attributes, keyed by logical name.</summary>
    [CollectionDataContract(Name = "FormattedValueCollection", Namespace = XrmContracts.V2011)]
    public sealed class FormattedValueCollection : DataCollection<string, string>
    {
        /// <summary>Initializes an empty collection.</summary>
        public FormattedValueCollection()
        {
        }

    }
}
