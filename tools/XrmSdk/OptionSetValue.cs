using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Contains the value of a choice (option set) attribute.</summary>
    [DataContract(Name = "OptionSetValue", Namespace = XrmContracts.V2011)]
    public sealed class OptionSetValue : IExtensibleDataObject
    {
        /// <summary>Initializes a value of 0.</summary>
        public OptionSetValue()
        {
        }

        /// <summary>Initializes the given value.</summary>
        public OptionSetValue(int value)
        {
            Value = value;
        }

        /// <summary>The option's integer value.</summary>
        [DataMember]
        public int Value { get; set; }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }

        /// <summary>Equal when the other object is an OptionSetValue with the same Value.</summary>
        public override bool Equals(object? obj) => obj is OptionSetValue other && other.Value == Value;

        /// <summary>The hash of Value.</summary>
        public override int GetHashCode() => Value.GetHashCode();
    }
}
