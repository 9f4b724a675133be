using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.XrmSdk.Tests.Messages
{
    public class TypedRequestTests
    {
        [Fact]
        public void CreateRequest_Target_IsStoredInParametersTarget()
        {
            var target = new Entity("account");
            var request = new CreateRequest { Target = target };

            Assert.Equal("Create", request.RequestName);
            Assert.Same(target, request.Parameters["Target"]);
        }

        [Fact]
        public void CreateRequest_ParametersTargetSet_ReadBackThroughTarget()
        {
            var target = new Entity("account");
            var request = new CreateRequest();

            request["Target"] = target;

            Assert.Same(target, request.Target);
        }

        [Fact]
        public void TypedRequest_ParametersReplaced_LosesTarget()
        {
            // microsoft/PowerPlatform-DataverseServiceClient#417: assigning Parameters replaces the typed values.
            var request = new UpdateMultipleRequest { Targets = new EntityCollection { EntityName = "account" } };

            request.Parameters = new ParameterCollection { { "tag", "x" } };

            Assert.Null(request.Targets);
        }

        [Theory]
        [InlineData(typeof(CreateRequest), "Create")]
        [InlineData(typeof(RetrieveRequest), "Retrieve")]
        [InlineData(typeof(UpdateRequest), "Update")]
        [InlineData(typeof(DeleteRequest), "Delete")]
        [InlineData(typeof(RetrieveMultipleRequest), "RetrieveMultiple")]
        [InlineData(typeof(AssociateRequest), "Associate")]
        [InlineData(typeof(DisassociateRequest), "Disassociate")]
        [InlineData(typeof(CreateMultipleRequest), "CreateMultiple")]
        [InlineData(typeof(UpdateMultipleRequest), "UpdateMultiple")]
        public void RequestName_TypedRequest_IsTheMessageName(Type requestType, string messageName)
        {
            var request = (OrganizationRequest)Activator.CreateInstance(requestType)!;

            Assert.Equal(messageName, request.RequestName);
        }

        [Fact]
        public void RetrieveRequest_TargetAndColumnSet_AreParameters()
        {
            var target = new EntityReference("account", Guid.NewGuid());
            var columns = new ColumnSet("name");
            var request = new RetrieveRequest { Target = target, ColumnSet = columns };

            Assert.Same(target, request.Parameters["Target"]);
            Assert.Same(columns, request.Parameters["ColumnSet"]);
        }

        [Fact]
        public void AssociateRequest_Parts_AreParameters()
        {
            var related = new EntityReferenceCollection { new EntityReference("contact", Guid.NewGuid()) };
            var request = new AssociateRequest
            {
                Target = new EntityReference("account", Guid.NewGuid()),
                Relationship = new Relationship("account_contacts"),
                RelatedEntities = related,
            };

            Assert.Same(related, request.Parameters["RelatedEntities"]);
            Assert.Equal("account_contacts", ((Relationship)request.Parameters["Relationship"]).SchemaName);
        }

        [Fact]
        public void UpdateRequest_ConcurrencyBehavior_IsAParameter()
        {
            var request = new UpdateRequest { ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };

            Assert.Equal(ConcurrencyBehavior.IfRowVersionMatches, request.Parameters["ConcurrencyBehavior"]);
        }

        [Fact]
        public void CreateResponse_IdResult_ReadThroughId()
        {
            var id = Guid.NewGuid();
            var response = new CreateResponse();

            response.Results["id"] = id;

            Assert.Equal(id, response.id);
        }

        [Fact]
        public void RetrieveResponse_Entity_ReadsBusinessEntityResult()
        {
            var entity = new Entity("account");
            var response = new RetrieveResponse();

            response.Results["BusinessEntity"] = entity;

            Assert.Same(entity, response.Entity);
        }

        [Fact]
        public void RetrieveMultipleResponse_EntityCollection_ReadsBusinessEntityCollectionResult()
        {
            var collection = new EntityCollection();
            var response = new RetrieveMultipleResponse();

            response.Results["BusinessEntityCollection"] = collection;

            Assert.Same(collection, response.EntityCollection);
        }

        [Fact]
        public void CreateMultipleResponse_Ids_ReadsIdsResult()
        {
            var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
            var response = new CreateMultipleResponse();

            response.Results["Ids"] = ids;

            Assert.Same(ids, response.Ids);
        }

        [Fact]
        public void TypedResponse_MissingResult_ReturnsDefault()
        {
            Assert.Equal(Guid.Empty, new CreateResponse().id);
            Assert.Null(new RetrieveResponse().Entity);
        }

        [Fact]
        public void OrganizationRequest_Named_KeepsNameAndParameters()
        {
            var request = new OrganizationRequest("SetState") { ["State"] = new OptionSetValue(1) };

            Assert.Equal("SetState", request.RequestName);
            Assert.Equal(new OptionSetValue(1), request.Parameters["State"]);
        }
    }
}
