using System;
using System.Linq;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Metadata;

namespace DataverseFunnel.InMemory.Tests.Messages;

/// <summary>RetrieveEntity and RetrieveAllEntities through IOrganizationService.Execute, answered from the org's tables.</summary>
public sealed class MetadataMessagesTests
{
    private readonly InMemoryOrganization _org = TestOrg.Create();

    private IOrganizationService Service => _org.CreateService();

    [Fact]
    public void RetrieveEntity_EntityFilter_AnswersTheTypedResponseWithEntityPropertiesAndNoAttributes()
    {
        var response = (RetrieveEntityResponse)Service.Execute(new RetrieveEntityRequest { LogicalName = TestOrg.Widget, EntityFilters = EntityFilters.Entity });

        var widget = response.EntityMetadata!;
        Assert.Equal("RetrieveEntity", response.ResponseName);
        Assert.Equal(TestOrg.Widget, widget.LogicalName);
        Assert.Equal("test_widgets", widget.EntitySetName); // declared without a name: logical name + "s"
        Assert.Equal("test_widgetid", widget.PrimaryIdAttribute);
        Assert.Equal("test_name", widget.PrimaryNameAttribute);
        Assert.Equal(OwnershipTypes.UserOwned, widget.OwnershipType);
        Assert.True(widget.IsCustomEntity);
        Assert.True(widget.ObjectTypeCode >= 10000);
        Assert.Null(widget.Attributes);
    }

    [Fact]
    public void RetrieveEntity_AttributesFilter_ListsEveryColumnWithItsTypeAndPrimaryFlags()
    {
        var response = (RetrieveEntityResponse)Service.Execute(new RetrieveEntityRequest { LogicalName = TestOrg.Widget, EntityFilters = EntityFilters.Attributes });

        var attributes = response.EntityMetadata!.Attributes!.ToDictionary(a => a.LogicalName!);
        Assert.Equal(_org.Metadata.FindTable(TestOrg.Widget)!.Columns.Count, attributes.Count);
        Assert.Equal(AttributeTypeCode.Uniqueidentifier, attributes["test_widgetid"].AttributeType);
        Assert.True(attributes["test_widgetid"].IsPrimaryId);
        Assert.True(attributes["test_name"].IsPrimaryName);
        Assert.False(attributes["test_count"].IsPrimaryName);
        Assert.Equal(AttributeTypeCode.Picklist, attributes["test_stage"].AttributeType);
        Assert.Equal(AttributeTypeCode.Virtual, attributes["test_tags"].AttributeType);
        Assert.Equal(AttributeTypeCode.Customer, attributes["test_customerid"].AttributeType);
        Assert.Equal(AttributeTypeCode.Owner, attributes["ownerid"].AttributeType);
        Assert.Equal(AttributeTypeCode.State, attributes["statecode"].AttributeType);
        Assert.True(attributes["test_count"].IsCustomAttribute);
        Assert.False(attributes["createdon"].IsCustomAttribute);
        Assert.All(attributes.Values, a => Assert.Equal(TestOrg.Widget, a.EntityLogicalName));
    }

    [Fact]
    public void RetrieveEntity_TextAndLookupColumns_AnswerTheTypedSubclassesWithLengthAndTargets()
    {
        var response = (RetrieveEntityResponse)Service.Execute(new RetrieveEntityRequest { LogicalName = TestOrg.Widget, EntityFilters = EntityFilters.All });

        var attributes = response.EntityMetadata!.Attributes!.ToDictionary(a => a.LogicalName!);
        Assert.Equal(10, Assert.IsType<StringAttributeMetadata>(attributes["test_code"]).MaxLength);
        Assert.Equal(200, Assert.IsType<MemoAttributeMetadata>(attributes["test_notes"]).MaxLength);
        Assert.Equal(new[] { "account" }, Assert.IsType<LookupAttributeMetadata>(attributes["test_accountid"]).Targets);
        Assert.Equal(new[] { "account", "contact" }, Assert.IsType<LookupAttributeMetadata>(attributes["test_customerid"]).Targets);
        Assert.Equal(new[] { "systemuser", "team" }, Assert.IsType<LookupAttributeMetadata>(attributes["ownerid"]).Targets);
        Assert.Equal(AttributeTypeCode.Owner, attributes["ownerid"].AttributeType);
        Assert.IsType<AttributeMetadata>(attributes["test_count"]);
    }

    [Fact]
    public void RetrieveEntity_CoreTable_HasTheTableReferenceNamesAndIsNotCustom()
    {
        var account = ((RetrieveEntityResponse)Service.Execute(new RetrieveEntityRequest { LogicalName = "account", EntityFilters = EntityFilters.Entity })).EntityMetadata!;

        Assert.Equal("Account", account.SchemaName);
        Assert.Equal("accounts", account.EntitySetName);
        Assert.False(account.IsCustomEntity);
        Assert.Null(account.ObjectTypeCode);
    }

    [Fact]
    public void RetrieveEntity_ByMetadataIdOnly_FindsTheSameTable()
    {
        var byName = ((RetrieveEntityResponse)Service.Execute(new RetrieveEntityRequest { LogicalName = "contact", EntityFilters = EntityFilters.Entity })).EntityMetadata!;

        var byId = ((RetrieveEntityResponse)Service.Execute(new RetrieveEntityRequest { MetadataId = byName.MetadataId!.Value, EntityFilters = EntityFilters.Entity })).EntityMetadata!;

        Assert.Equal("contact", byId.LogicalName);
        Assert.NotEqual(Guid.Empty, byName.MetadataId.Value);
    }

    [Fact]
    public void RetrieveEntity_UnknownTable_FaultsObjectDoesNotExistNamingIt()
    {
        var fault = FaultAssert.Throws(() => Service.Execute(new RetrieveEntityRequest { LogicalName = "bowtie_nothing", EntityFilters = EntityFilters.Entity }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
        Assert.Contains("bowtie_nothing", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetrieveEntity_UnknownMetadataId_FaultsObjectDoesNotExist()
    {
        var id = Guid.NewGuid();

        var fault = FaultAssert.Throws(() => Service.Execute(new RetrieveEntityRequest { MetadataId = id, EntityFilters = EntityFilters.Entity }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
        Assert.Contains(id.ToString(), fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetrieveEntity_WithoutEntityFilters_FaultsInvalidArgumentNamingTheParameter()
    {
        var fault = FaultAssert.Throws(() => Service.Execute(new RetrieveEntityRequest { LogicalName = "account" }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("EntityFilters", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetrieveEntity_FilterOutsideTheDocumentedFlags_FaultsInvalidArgument()
    {
        var fault = FaultAssert.Throws(() => Service.Execute(new RetrieveEntityRequest { LogicalName = "account", EntityFilters = (EntityFilters)32 }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
    }

    [Fact]
    public void RetrieveEntity_NeitherNameNorId_FaultsInvalidArgument()
    {
        var fault = FaultAssert.Throws(() => Service.Execute(new RetrieveEntityRequest { EntityFilters = EntityFilters.Entity }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("LogicalName", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetrieveAllEntities_ListsEveryTableOnceInLogicalNameOrder_WithATimestamp()
    {
        var response = (RetrieveAllEntitiesResponse)Service.Execute(new RetrieveAllEntitiesRequest { EntityFilters = EntityFilters.Entity });

        var names = response.EntityMetadata!.Select(e => e.LogicalName!).ToList();
        Assert.Equal(_org.Metadata.Tables.Select(t => t.LogicalName).OrderBy(n => n, StringComparer.Ordinal), names);
        Assert.Contains(TestOrg.Flow, names);
        Assert.Contains("test_widget_contact", names);
        Assert.All(response.EntityMetadata!, e => Assert.Null(e.Attributes));
        Assert.Equal(_org.Clock.GetUtcNow().UtcDateTime, DateTime.Parse(response.Timestamp!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind));
    }

    [Fact]
    public void RetrieveAllEntities_AllFilter_CarriesAttributes_AndCustomTypeCodesAreDistinct()
    {
        var response = (RetrieveAllEntitiesResponse)Service.Execute(new RetrieveAllEntitiesRequest { EntityFilters = EntityFilters.All });

        Assert.All(response.EntityMetadata!, e => Assert.NotEmpty(e.Attributes!));
        var codes = response.EntityMetadata!.Where(e => e.IsCustomEntity == true).Select(e => e.ObjectTypeCode!.Value).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void RetrieveEntity_InsideExecuteMultiple_ReturnsTheTypedResponse()
    {
        var batch = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = true },
            Requests = new OrganizationRequestCollection { new RetrieveEntityRequest { LogicalName = "team", EntityFilters = EntityFilters.Entity } },
        };

        var response = (ExecuteMultipleResponse)Service.Execute(batch);

        Assert.Equal("teams", Assert.IsType<RetrieveEntityResponse>(response.Responses[0].Response).EntityMetadata!.EntitySetName);
    }
}
