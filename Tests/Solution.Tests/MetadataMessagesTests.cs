using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.InMemory;
using DataverseFunnel.InMemory.Solutions;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Metadata;

namespace DataverseFunnel.Solution.Tests
{
    /// <summary>
    /// RetrieveEntity/RetrieveAllEntities on an org built from the packed solution answer with the names the solution
    /// declares: what a Web API server reads to name its entity sets.
    /// </summary>
    public sealed class MetadataMessagesTests
    {
        private static readonly Lazy<InMemoryOrganization> Org = new(() => new InMemoryOrganization(SolutionMetadataReader.Read(ShippedSolution.Zip)));

        private static IOrganizationService Service => Org.Value.CreateService();

        private static EntityMetadata Retrieve(string table, EntityFilters filters) =>
            ((RetrieveEntityResponse)Service.Execute(new RetrieveEntityRequest { LogicalName = table, EntityFilters = filters, RetrieveAsIfPublished = true })).EntityMetadata!;

        [Fact]
        public void RetrieveEntity_Journey_HasTheSolutionsEntitySetAndKeys()
        {
            var journey = Retrieve("bowtie_journey", EntityFilters.Entity);

            Assert.Equal("bowtie_journeys", journey.EntitySetName);
            Assert.Equal("bowtie_journeyid", journey.PrimaryIdAttribute);
            Assert.Equal("bowtie_name", journey.PrimaryNameAttribute);
            Assert.Equal(OwnershipTypes.UserOwned, journey.OwnershipType);
            Assert.True(journey.IsCustomEntity);
            Assert.Null(journey.Attributes);
        }

        [Fact]
        public void RetrieveEntity_EveryShippedTable_CarriesTheEntitySetNameAndSchemaNameOfItsEntityXml()
        {
            foreach (var file in Directory.GetFiles(Path.Combine(ShippedSolution.Folder, "Entities"), "Entity.xml", SearchOption.AllDirectories))
            {
                var info = XDocument.Load(file).Root!.Element("EntityInfo")!.Element("entity")!;
                var name = info.Attribute("Name")!.Value.ToLowerInvariant();

                var metadata = Retrieve(name, EntityFilters.Entity);

                Assert.Equal(info.Element("EntitySetName")!.Value, metadata.EntitySetName);
                Assert.Equal(info.Attribute("Name")!.Value, metadata.SchemaName);
            }
        }

        [Fact]
        public void RetrieveEntity_JourneyAttributes_MatchTheSolutionsColumnsAndTypes()
        {
            var attributes = Retrieve("bowtie_journey", EntityFilters.Attributes).Attributes!.ToDictionary(a => a.LogicalName!);

            Assert.Equal(AttributeTypeCode.Money, attributes["bowtie_arr"].AttributeType);
            Assert.Equal(AttributeTypeCode.Picklist, attributes["bowtie_stage"].AttributeType);
            Assert.Equal(AttributeTypeCode.String, attributes["bowtie_name"].AttributeType);
            Assert.Equal(AttributeTypeCode.Status, attributes["statuscode"].AttributeType);
            Assert.True(attributes["bowtie_journeyid"].IsPrimaryId);
            Assert.True(attributes["bowtie_name"].IsPrimaryName);
            Assert.True(attributes["bowtie_arr"].IsCustomAttribute);
            Assert.False(attributes["statecode"].IsCustomAttribute);
            Assert.Equal(Org.Value.Metadata.FindTable("bowtie_journey")!.Columns.Count, attributes.Count);
        }

        [Fact]
        public void RetrieveAllEntities_ListsEveryTableOfTheOrg_IncludingTheFlowTable()
        {
            var response = (RetrieveAllEntitiesResponse)Service.Execute(new RetrieveAllEntitiesRequest { EntityFilters = EntityFilters.Entity });

            var sets = response.EntityMetadata!.ToDictionary(e => e.LogicalName!, e => e.EntitySetName);
            Assert.Equal(Org.Value.Metadata.Tables.Count, sets.Count);
            Assert.Equal("bowtie_bowtiejourneyflows", sets["bowtie_bowtiejourneyflow"]);
            Assert.Equal("bowtie_stagetransitions", sets["bowtie_stagetransition"]);
            Assert.Equal("bowtie_vocabularyterms", sets["bowtie_vocabularyterm"]);
            Assert.Equal("accounts", sets["account"]);
            Assert.NotNull(response.Timestamp);
        }

        [Fact]
        public void RetrieveEntity_TableTheSolutionDoesNotShip_FaultsNamingIt()
        {
            var exception = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => Retrieve("bowtie_campaign", EntityFilters.Entity));

            Assert.Contains("bowtie_campaign", exception.Detail.Message, StringComparison.Ordinal);
        }
    }
}
