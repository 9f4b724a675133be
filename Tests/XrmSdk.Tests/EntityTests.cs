using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.XrmSdk.Tests
{
    public class EntityTests
    {
        private sealed class Journey : Entity
        {
            public Journey()
                : base("bowtie_journey")
            {
            }
        }

        [Fact]
        public void Collections_NeverNull_AndTheSameInstanceOnEveryRead()
        {
            // They are created on first use; a reader must not see the difference.
            var entity = new Entity("account");

            Assert.Empty(entity.FormattedValues);
            Assert.Empty(entity.KeyAttributes);
            Assert.Empty(entity.RelatedEntities);
            entity.FormattedValues.Add("statecode", "Active");
            entity.KeyAttributes.Add("accountnumber", "A-1");
            Assert.Same(entity.FormattedValues, entity.FormattedValues);
            Assert.Equal("Active", entity.FormattedValues["statecode"]);
            Assert.Equal("A-1", entity.KeyAttributes["accountnumber"]);
            entity.KeyAttributes = null!;
            Assert.Empty(entity.KeyAttributes);
        }

        [Fact]
        public void Indexer_MissingAttribute_ThrowsKeyNotFoundException()
        {
            var entity = new Entity("account");

            Assert.Throws<KeyNotFoundException>(() => entity["name"]);
        }

        [Fact]
        public void Indexer_Set_AddsThenReplaces()
        {
            var entity = new Entity("account");

            entity["name"] = "Contoso";
            entity["name"] = "Fabrikam";

            Assert.Equal("Fabrikam", entity["name"]);
            Assert.Single(entity.Attributes);
        }

        [Fact]
        public void GetAttributeValue_MissingAttribute_ReturnsDefault()
        {
            var entity = new Entity("account");

            Assert.Null(entity.GetAttributeValue<EntityReference>("parentaccountid"));
            Assert.Equal(0, entity.GetAttributeValue<int>("numberofemployees"));
            Assert.Equal(DateTime.MinValue, entity.GetAttributeValue<DateTime>("createdon"));
            Assert.Null(entity.GetAttributeValue<int?>("numberofemployees"));
        }

        [Fact]
        public void GetAttributeValue_NullValue_ReturnsDefault()
        {
            var entity = new Entity("account") { ["numberofemployees"] = null! };

            Assert.Equal(0, entity.GetAttributeValue<int>("numberofemployees"));
        }

        [Fact]
        public void GetAttributeValue_WrongType_ThrowsInvalidCastException()
        {
            var entity = new Entity("account") { ["name"] = "Contoso" };

            Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<OptionSetValue>("name"));
        }

        [Fact]
        public void GetAttributeValue_AliasedValue_IsNotUnwrapped()
        {
            var aliased = new AliasedValue("contact", "fullname", "Ada");
            var entity = new Entity("account") { ["c.fullname"] = aliased };

            Assert.Same(aliased, entity.GetAttributeValue<AliasedValue>("c.fullname"));
        }

        [Fact]
        public void Contains_AttributeWithNullValue_ReturnsTrue()
        {
            var entity = new Entity("account") { ["name"] = null! };

            Assert.True(entity.Contains("name"));
            Assert.False(entity.Contains("description"));
        }

        [Fact]
        public void TryGetAttributeValue_PresentAndTyped_ReturnsTrueWithValue()
        {
            var entity = new Entity("account") { ["name"] = "Contoso" };

            Assert.True(entity.TryGetAttributeValue<string>("name", out var name));
            Assert.Equal("Contoso", name);
            Assert.False(entity.TryGetAttributeValue<string>("missing", out _));
        }

        [Fact]
        public void Id_Set_DoesNotTouchPrimaryKeyAttribute()
        {
            var id = Guid.NewGuid();
            var entity = new Entity("account") { Id = id };

            Assert.False(entity.Contains("accountid"));
            Assert.Equal(id, entity.Id);
        }

        [Fact]
        public void ToEntity_DerivedType_CopiesIntoNewInstance()
        {
            var id = Guid.NewGuid();
            var entity = new Entity("bowtie_journey", id) { ["bowtie_name"] = "Contoso", RowVersion = "7" };
            entity.FormattedValues.Add("bowtie_stage", "MQL");
            entity.KeyAttributes.Add("bowtie_name", "Contoso");

            var journey = entity.ToEntity<Journey>();

            Assert.IsType<Journey>(journey);
            Assert.Equal("bowtie_journey", journey.LogicalName);
            Assert.Equal(id, journey.Id);
            Assert.Equal("Contoso", journey["bowtie_name"]);
            Assert.Equal("MQL", journey.FormattedValues["bowtie_stage"]);
            Assert.Equal("Contoso", journey.KeyAttributes["bowtie_name"]);
            Assert.Equal("7", journey.RowVersion);
        }

        [Fact]
        public void ToEntity_ChangingCopy_LeavesOriginalUnchanged()
        {
            var entity = new Entity("account") { ["name"] = "Contoso" };

            var copy = entity.ToEntity<Entity>();
            copy["name"] = "Fabrikam";

            Assert.NotSame(entity, copy);
            Assert.Equal("Contoso", entity["name"]);
        }

        [Fact]
        public void ToEntityReference_EntityWithId_ReferencesLogicalNameAndId()
        {
            var id = Guid.NewGuid();
            var entity = new Entity("account", id);

            var reference = entity.ToEntityReference();

            Assert.Equal("account", reference.LogicalName);
            Assert.Equal(id, reference.Id);
        }

        [Fact]
        public void Constructor_KeyNameAndValue_SetsKeyAttributes()
        {
            var entity = new Entity("account", "accountnumber", "A-1");

            Assert.Equal("A-1", entity.KeyAttributes["accountnumber"]);
            Assert.Equal(Guid.Empty, entity.Id);
        }

        [Fact]
        public void Attributes_AssignedNull_StaysUsable()
        {
            var entity = new Entity("account") { Attributes = null! };

            Assert.NotNull(entity.Attributes);
            Assert.False(entity.Contains("name"));
        }
    }
}
