using System;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.XrmSdk.Tests
{
    public class ValueTypeEqualityTests
    {
        [Fact]
        public void EntityReferenceEquals_SameLogicalNameAndId_True()
        {
            var id = Guid.NewGuid();
            var a = new EntityReference("account", id) { Name = "Contoso" };
            var b = new EntityReference("account", id);

            Assert.True(a.Equals(b));
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }

        [Fact]
        public void EntityReferenceEquals_DifferentIdOrLogicalName_False()
        {
            var id = Guid.NewGuid();
            var reference = new EntityReference("account", id);

            Assert.False(reference.Equals(new EntityReference("account", Guid.NewGuid())));
            Assert.False(reference.Equals(new EntityReference("contact", id)));
            Assert.False(reference.Equals(null));
        }

        [Fact]
        public void OptionSetValueEquals_SameValue_True()
        {
            Assert.Equal(new OptionSetValue(269840001), new OptionSetValue(269840001));
            Assert.NotEqual(new OptionSetValue(269840001), new OptionSetValue(269840002));
            Assert.Equal(new OptionSetValue(5).GetHashCode(), new OptionSetValue(5).GetHashCode());
        }

        [Fact]
        public void MoneyEquals_SameAmount_True()
        {
            Assert.Equal(new Money(12.5m), new Money(12.50m));
            Assert.NotEqual(new Money(12.5m), new Money(13m));
        }

        [Fact]
        public void RelationshipEquals_SameSchemaNameAndRole_True()
        {
            var a = new Relationship("bowtie_journey_transitions") { PrimaryEntityRole = EntityRole.Referenced };
            var b = new Relationship("bowtie_journey_transitions") { PrimaryEntityRole = EntityRole.Referenced };

            Assert.Equal(a, b);
            Assert.NotEqual(a, new Relationship("bowtie_journey_transitions"));
        }

        [Fact]
        public void AliasedValue_Constructor_ExposesParts()
        {
            var value = new AliasedValue("contact", "fullname", "Ada");

            Assert.Equal("contact", value.EntityLogicalName);
            Assert.Equal("fullname", value.AttributeLogicalName);
            Assert.Equal("Ada", value.Value);
        }
    }
}
