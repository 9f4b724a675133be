using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.XrmSdk.Tests
{
    public class DataCollectionTests
    {
        [Fact]
        public void Add_ExistingKey_ThrowsArgumentException()
        {
            var attributes = new AttributeCollection { { "name", "Contoso" } };

            Assert.Throws<ArgumentException>(() => attributes.Add("name", "Fabrikam"));
        }

        [Fact]
        public void Indexer_MissingKey_ThrowsKeyNotFoundException()
        {
            var parameters = new ParameterCollection();

            Assert.Throws<KeyNotFoundException>(() => parameters["Target"]);
        }

        [Fact]
        public void RemoveAndTryGetValue_AfterRemove_KeyIsGone()
        {
            var attributes = new AttributeCollection { { "name", "Contoso" } };

            Assert.True(attributes.Remove("name"));
            Assert.False(attributes.Remove("name"));
            Assert.False(attributes.TryGetValue("name", out _));
            Assert.Equal(0, attributes.Count);
        }

        [Fact]
        public void AddRange_Pairs_AddsAllInOrderOfKeys()
        {
            var attributes = new AttributeCollection();

            attributes.AddRange(new KeyValuePair<string, object>("a", 1), new KeyValuePair<string, object>("b", 2));

            Assert.Equal(new[] { "a", "b" }, attributes.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.True(attributes.Contains(new KeyValuePair<string, object>("a", 1)));
            Assert.True(attributes.ContainsKey("b"));
        }

        [Fact]
        public void ParameterCollectionTryGetValue_RightType_ReturnsTrue()
        {
            var target = new Entity("account");
            var parameters = new ParameterCollection { { "Target", target } };

            Assert.True(parameters.TryGetValue<Entity>("Target", out var found));
            Assert.Same(target, found);
        }

        [Fact]
        public void ParameterCollectionTryGetValue_WrongTypeOrMissing_ReturnsFalse()
        {
            var parameters = new ParameterCollection { { "Target", new EntityReference("account", Guid.NewGuid()) } };

            Assert.False(parameters.TryGetValue<Entity>("Target", out var wrong));
            Assert.Null(wrong);
            Assert.False(parameters.TryGetValue<Entity>("Missing", out _));
        }

        [Fact]
        public void ParameterCollectionTryGetValue_NullValueAsObject_ReturnsTrue()
        {
            var parameters = new ParameterCollection { { "Target", null! } };

            Assert.True(parameters.TryGetValue("Target", out object value));
            Assert.Null(value);
            Assert.False(parameters.TryGetValue<int>("Target", out _));
        }

        [Fact]
        public void ParameterCollection_FromDictionary_WrapsIt()
        {
            var parameters = new ParameterCollection(new Dictionary<string, object> { ["tag"] = "import" });

            Assert.Equal("import", parameters["tag"]);
        }

        [Fact]
        public void DataCollectionOfT_AddRangeAndToArray_KeepsOrder()
        {
            var references = new EntityReferenceCollection();
            var a = new EntityReference("account", Guid.NewGuid());
            var b = new EntityReference("contact", Guid.NewGuid());

            references.AddRange(a, b);

            Assert.Equal(new[] { a, b }, references.ToArray());
        }

        [Fact]
        public void EntityCollection_FromList_ExposesEntitiesAndIndexer()
        {
            var first = new Entity("account");
            var collection = new EntityCollection(new List<Entity> { first }) { EntityName = "account" };

            Assert.Same(first, collection[0]);
            Assert.Single(collection.Entities);
            Assert.False(collection.MoreRecords);
        }

        [Fact]
        public void OptionSetValueCollection_FromList_ContainsValues()
        {
            var values = new OptionSetValueCollection(new List<OptionSetValue> { new OptionSetValue(1), new OptionSetValue(2) });

            Assert.Contains(new OptionSetValue(2), values);
        }
    }
}
