using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.XrmSdk.Tests
{
    /// <summary>DataContract names and namespaces as documented (http://, not the https:// of the legacy pages).</summary>
    public class DataContractTests
    {
        private const string Xrm2011 = "http://schemas.microsoft.com/xrm/2011/Contracts";

        [Theory]
        [InlineData(typeof(Entity), "Entity", Xrm2011)]
        [InlineData(typeof(EntityReference), "EntityReference", Xrm2011)]
        [InlineData(typeof(EntityCollection), "EntityCollection", Xrm2011)]
        [InlineData(typeof(OptionSetValue), "OptionSetValue", Xrm2011)]
        [InlineData(typeof(Money), "Money", Xrm2011)]
        [InlineData(typeof(OrganizationRequest), "OrganizationRequest", Xrm2011)]
        [InlineData(typeof(OrganizationResponse), "OrganizationResponse", Xrm2011)]
        [InlineData(typeof(OrganizationServiceFault), "OrganizationServiceFault", Xrm2011)]
        [InlineData(typeof(QueryExpression), "QueryExpression", Xrm2011)]
        [InlineData(typeof(ColumnSet), "ColumnSet", Xrm2011)]
        [InlineData(typeof(ConditionExpression), "ConditionExpression", Xrm2011)]
        [InlineData(typeof(ConditionOperator), "ConditionOperator", Xrm2011)]
        [InlineData(typeof(CreateRequest), "CreateRequest", Xrm2011)]
        [InlineData(typeof(CreateMultipleRequest), "CreateMultipleRequest", Xrm2011)]
        public void DataContract_KeyType_HasDocumentedNameAndNamespace(Type type, string name, string ns)
        {
            var contract = type.GetCustomAttribute<DataContractAttribute>();

            Assert.NotNull(contract);
            Assert.Equal(name, contract!.Name ?? type.Name);
            Assert.Equal(ns, contract.Namespace);
        }

        [Theory]
        [InlineData(typeof(AttributeCollection), "AttributeCollection", Xrm2011)]
        [InlineData(typeof(ParameterCollection), "ParameterCollection", Xrm2011)]
        [InlineData(typeof(KeyAttributeCollection), "KeyAttributeCollection", "http://schemas.microsoft.com/xrm/7.1/Contracts")]
        [InlineData(typeof(OptionSetValueCollection), "OptionSetValueCollection", "http://schemas.microsoft.com/xrm/9.0/Contracts")]
        public void CollectionDataContract_Collection_HasDocumentedNameAndNamespace(Type type, string name, string ns)
        {
            var contract = type.GetCustomAttribute<CollectionDataContractAttribute>();

            Assert.NotNull(contract);
            Assert.Equal(name, contract!.Name);
            Assert.Equal(ns, contract.Namespace);
        }

        [Fact]
        public void DataContractSerializer_EntityWithSdkValues_RoundTrips()
        {
            var id = Guid.NewGuid();
            var entity = new Entity("bowtie_journey", id)
            {
                ["bowtie_name"] = "Contoso",
                ["bowtie_stage"] = new OptionSetValue(269840001),
                ["bowtie_mrr"] = new Money(1200m),
                ["bowtie_customerid"] = new EntityReference("account", id),
                ["bowtie_seodone"] = true,
            };
            entity.FormattedValues.Add("bowtie_stage", "MQL");

            var copy = RoundTrip(entity);

            Assert.Equal("bowtie_journey", copy.LogicalName);
            Assert.Equal(id, copy.Id);
            Assert.Equal(new OptionSetValue(269840001), copy["bowtie_stage"]);
            Assert.Equal(new Money(1200m), copy["bowtie_mrr"]);
            Assert.Equal(new EntityReference("account", id), copy["bowtie_customerid"]);
            Assert.Equal(true, copy["bowtie_seodone"]);
            Assert.Equal("MQL", copy.FormattedValues["bowtie_stage"]);
            Assert.Empty(copy.KeyAttributes);
        }

        [Fact]
        public void DataContractSerializer_TypedRequestAsOrganizationRequest_RoundTripsAsTypedRequest()
        {
            var request = new CreateRequest { Target = new Entity("account") { ["name"] = "Contoso" } };
            var serializer = new DataContractSerializer(typeof(OrganizationRequest));
            using var stream = new MemoryStream();

            serializer.WriteObject(stream, request);
            stream.Position = 0;
            var copy = Assert.IsType<CreateRequest>(serializer.ReadObject(stream));

            Assert.Equal("Create", copy.RequestName);
            Assert.Equal("Contoso", copy.Target!["name"]);
        }

        [Fact]
        public void KnownTypeMethod_EveryContract_ExistsAndIsStatic()
        {
            var missing = typeof(Entity).Assembly.GetTypes()
                .SelectMany(t => t.GetCustomAttributes<KnownTypeAttribute>().Where(a => a.MethodName != null).Select(a => (Type: t, a.MethodName)))
                .Where(k => k.Type.GetMethod(k.MethodName!, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic) == null)
                .Select(k => k.Type.Name + "." + k.MethodName)
                .ToList();

            Assert.Empty(missing);
        }

        private static Entity RoundTrip(Entity entity)
        {
            var serializer = new DataContractSerializer(typeof(Entity));
            using var stream = new MemoryStream();
            serializer.WriteObject(stream, entity);
            stream.Position = 0;
            return (Entity)serializer.ReadObject(stream)!;
        }
    }
}
