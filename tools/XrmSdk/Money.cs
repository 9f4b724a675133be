using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Specifies a currency amount.</summary>
    [DataContract(Name = "Money", Namespace = XrmContracts.V2011)]
    public sealed class Money : IExtensibleDataObject
    {
        /// <summary>Initializes an amount of 0.</summary>
        public Money()
        {
        }

        /// <summary>Initializes the given amount.</summary>
        public Money(decimal amount)
        {
            Value = amount;
        }

        /// <summary>The amount.</summary>
        [DataMember]
        public decimal Value { get; set; }

        /// <summary>Data from a newer contract version, kept for round-tripping.</summary>
        public ExtensionDataObject? ExtensionData { get; set; }

        /// <summary>Equal when the other object is a Money with the same Value.</summary>
        public override bool Equals(object? obj) => obj is Money other && other.Value == Value;

        /// <summary>The hash of Value.</summary>
        public override int GetHashCode() => Value.GetHashCode();
    }
}
