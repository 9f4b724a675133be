using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Metadata;

namespace DataverseFunnel.XrmSdk.Tests.Messages
{
    /// <summary>The metadata messages are thin wrappers over the parameter and result names the docs give.</summary>
    public class MetadataMessageTests
    {
        private const string Metadata2011 = "http://schemas.microsoft.com/xrm/2011/Metadata";

        [Fact]
        public void RetrieveEntityRequest_Properties_AreStoredUnderTheDocumentedParameterNames()
        {
            var id = Guid.NewGuid();

            var request = new RetrieveEntityRequest { EntityFilters = EntityFilters.Attributes, LogicalName = "account", MetadataId = id, RetrieveAsIfPublished = true };

            Assert.Equal("RetrieveEntity", request.RequestName);
            Assert.Equal(EntityFilters.Attributes, request.Parameters["EntityFilters"]);
            Assert.Equal("account", request.Parameters["LogicalName"]);
            Assert.Equal(id, request.Parameters["MetadataId"]);
            Assert.Equal(true, request.Parameters["RetrieveAsIfPublished"]);
        }

        [Fact]
        public void RetrieveAllEntitiesRequest_Properties_AreStoredUnderTheDocumentedParameterNames()
        {
            var request = new RetrieveAllEntitiesRequest { EntityFilters = EntityFilters.All };

            Assert.Equal("RetrieveAllEntities", request.RequestName);
            Assert.Equal(EntityFilters.All, request.Parameters["EntityFilters"]);
            Assert.False(request.RetrieveAsIfPublished);
        }

        [Fact]
        public void MetadataResponses_ReadTheDocumentedResultNames()
        {
            var entity = new EntityMetadata { LogicalName = "account" };
            var single = new RetrieveEntityResponse();
            var all = new RetrieveAllEntitiesResponse();

            single.Results["EntityMetadata"] = entity;
            all.Results["EntityMetadata"] = new[] { entity };
            all.Results["Timestamp"] = "stamp";

            Assert.Same(entity, single.EntityMetadata);
            Assert.Same(entity, Assert.Single(all.EntityMetadata!));
            Assert.Equal("stamp", all.Timestamp);
        }

        [Fact]
        public void EntityFilters_HasTheDocumentedFlagValues()
        {
            Assert.True(typeof(EntityFilters).IsDefined(typeof(FlagsAttribute)));
            Assert.Equal(new[] { 1, 1, 2, 4, 8, 15 }, new[] { EntityFilters.Default, EntityFilters.Entity, EntityFilters.Attributes, EntityFilters.Privileges, EntityFilters.Relationships, EntityFilters.All }.Select(f => (int)f));
        }

        [Theory]
        [InlineData(typeof(MetadataBase), "MetadataBase")]
        [InlineData(typeof(EntityMetadata), "EntityMetadata")]
        [InlineData(typeof(AttributeMetadata), "AttributeMetadata")]
        [InlineData(typeof(StringAttributeMetadata), "StringAttributeMetadata")]
        [InlineData(typeof(MemoAttributeMetadata), "MemoAttributeMetadata")]
        [InlineData(typeof(LookupAttributeMetadata), "LookupAttributeMetadata")]
        [InlineData(typeof(EntityFilters), "EntityFilters")]
        [InlineData(typeof(AttributeTypeCode), "AttributeTypeCode")]
        [InlineData(typeof(OwnershipTypes), "OwnershipTypes")]
        public void MetadataContracts_HaveTheDocumentedNameAndNamespace(Type type, string name)
        {
            var contract = type.GetCustomAttribute<DataContractAttribute>()!;

            Assert.Equal(name, contract.Name);
            Assert.Equal(Metadata2011, contract.Namespace);
        }

        [Fact]
        public void InternalSetters_AreNotPublic_AsTheReferencePagesShow()
        {
            foreach (var (type, property) in new[]
            {
                (typeof(EntityMetadata), nameof(EntityMetadata.PrimaryIdAttribute)), (typeof(EntityMetadata), nameof(EntityMetadata.Attributes)),
                (typeof(EntityMetadata), nameof(EntityMetadata.ObjectTypeCode)), (typeof(AttributeMetadata), nameof(AttributeMetadata.AttributeType)),
            })
            {
                Assert.Null(type.GetProperty(property)!.GetSetMethod(nonPublic: false));
            }
        }

        [Fact]
        public void RetrieveEntityResponse_RoundTripsThroughTheDataContractSerializer_WithItsInternalValues()
        {
            var response = new RetrieveEntityResponse { ResponseName = "RetrieveEntity" };
            var entity = new EntityMetadata { LogicalName = "bowtie_journey", EntitySetName = "bowtie_journeys", MetadataId = Guid.NewGuid() };
            typeof(EntityMetadata).GetProperty(nameof(EntityMetadata.PrimaryIdAttribute))!.SetValue(entity, "bowtie_journeyid");
            response.Results["EntityMetadata"] = entity;
            var serializer = new DataContractSerializer(typeof(OrganizationResponse));
            using var stream = new MemoryStream();

            serializer.WriteObject(stream, response);
            stream.Position = 0;
            var copy = Assert.IsType<RetrieveEntityResponse>(serializer.ReadObject(stream));

            Assert.Equal("bowtie_journeys", copy.EntityMetadata!.EntitySetName);
            Assert.Equal("bowtie_journeyid", copy.EntityMetadata.PrimaryIdAttribute);
            Assert.Equal(entity.MetadataId, copy.EntityMetadata.MetadataId);
        }
    }
}
