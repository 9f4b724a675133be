using System;
using System.Linq;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Tests.Messages;

/// <summary>CRUD behaviour and bad input answering as Dataverse does: a clear fault and nothing stored.</summary>
public sealed class CrudTests
{
    private readonly InMemoryOrganization _org = TestOrg.Create();
    private readonly IOrganizationService _service;

    public CrudTests() => _service = _org.CreateService();

    [Fact]
    public void Retrieve_ReturnsOnlyRequestedNonNullColumnsPlusTheKey()
    {
        var id = _service.Create(new Entity(TestOrg.Widget) { ["test_name"] = "w", ["test_count"] = 3 });

        var row = _service.Retrieve(TestOrg.Widget, id, new ColumnSet("test_count", "test_notes"));

        Assert.Equal(new[] { "test_count", "test_widgetid" }, row.Attributes.Keys.OrderBy(k => k));
        Assert.Equal(id, row.Id);
    }

    [Fact]
    public void Update_WithNull_ClearsTheColumn()
    {
        var id = _service.Create(new Entity(TestOrg.Widget) { ["test_name"] = "w", ["test_count"] = 3 });

        _service.Update(new Entity(TestOrg.Widget, id) { ["test_count"] = null! });

        Assert.False(_org.Peek(TestOrg.Widget, id)!.Contains("test_count"));
    }

    [Fact]
    public void Delete_RemovesTheRowAndItsAssociations()
    {
        var widget = _service.Create(TestOrg.NewWidget());
        var contact = _service.Create(new Entity("contact") { ["lastname"] = "Doe" });
        _service.Associate(TestOrg.Widget, widget, new Relationship("test_widget_contact"), new EntityReferenceCollection { new EntityReference("contact", contact) });
        Assert.Equal(1, _org.Count("test_widget_contact"));

        _service.Delete(TestOrg.Widget, widget);

        Assert.Null(_org.Peek(TestOrg.Widget, widget));
        Assert.Equal(0, _org.Count("test_widget_contact"));
    }

    [Fact]
    public void Associate_Twice_FaultsAsDuplicate_AndDisassociateRemoves()
    {
        var widget = _service.Create(TestOrg.NewWidget());
        var contact = _service.Create(new Entity("contact") { ["lastname"] = "Doe" });
        var related = new EntityReferenceCollection { new EntityReference("contact", contact) };
        _service.Associate(TestOrg.Widget, widget, new Relationship("test_widget_contact"), related);

        var fault = FaultAssert.Throws(() => _service.Associate("contact", contact, new Relationship("test_widget_contact"), new EntityReferenceCollection { new EntityReference(TestOrg.Widget, widget) }));
        _service.Disassociate(TestOrg.Widget, widget, new Relationship("test_widget_contact"), related);

        Assert.Equal(ErrorCodes.DuplicateRecord, fault.ErrorCode);
        Assert.Equal(0, _org.Count("test_widget_contact"));
    }

    [Fact]
    public void Create_UnknownTable_Faults()
    {
        var fault = FaultAssert.Throws(() => _service.Create(new Entity("nosuchtable") { ["name"] = "x" }));
        Assert.Equal(ErrorCodes.QueryBuilderNoEntity, fault.ErrorCode);
        Assert.Contains("nosuchtable", fault.Message);
    }

    [Fact]
    public void Create_WithoutLogicalName_Faults()
    {
        var fault = FaultAssert.Throws(() => _service.Create(new Entity()));
        Assert.Contains("LogicalName is required", fault.Message);
    }

    [Fact]
    public void Create_UnknownColumn_FaultsAndStoresNothing()
    {
        var fault = FaultAssert.Throws(() => _service.Create(new Entity(TestOrg.Widget) { ["test_name"] = "w", ["test_nosuch"] = 1 }));
        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, fault.ErrorCode);
        Assert.Contains("test_nosuch", fault.Message);
        Assert.Equal(0, _org.Count(TestOrg.Widget));
    }

    [Theory]
    [InlineData("test_count", "3")]
    [InlineData("test_amount", 3.5)]
    [InlineData("test_stage", 2)]
    [InlineData("test_flag", "true")]
    [InlineData("test_name", 5)]
    public void Create_WrongValueType_FaultsAndStoresNothing(string column, object value)
    {
        var fault = FaultAssert.Throws(() => _service.Create(new Entity(TestOrg.Widget) { [column] = value }));
        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains(column, fault.Message);
        Assert.Equal(0, _org.Count(TestOrg.Widget));
    }

    [Fact]
    public void Create_StringTooLong_Faults()
    {
        var fault = FaultAssert.Throws(() => _service.Create(new Entity(TestOrg.Widget) { ["test_code"] = new string('x', 11) }));
        Assert.Contains("maximum allowed length of '10'", fault.Message);
    }

    [Fact]
    public void Create_ChoiceOutsideItsValues_AndLookupToWrongTable_Fault()
    {
        FaultAssert.Throws(() => _service.Create(new Entity(TestOrg.Widget) { ["test_stage"] = new OptionSetValue(99) }));
        FaultAssert.Throws(() => _service.Create(new Entity(TestOrg.Widget) { ["test_accountid"] = new EntityReference("contact", Guid.Empty) }));
        Assert.Equal(0, _org.Count(TestOrg.Widget));
    }

    [Fact]
    public void UpdateAndDelete_OfAMissingRow_FaultAsObjectDoesNotExist()
    {
        var missing = new Guid("00000000-0000-0000-0000-00000000beef");
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, FaultAssert.Throws(() => _service.Update(new Entity(TestOrg.Widget, missing) { ["test_count"] = 1 })).ErrorCode);
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, FaultAssert.Throws(() => _service.Delete(TestOrg.Widget, missing)).ErrorCode);
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, FaultAssert.Throws(() => _service.Retrieve(TestOrg.Widget, missing, new ColumnSet(true))).ErrorCode);
    }

    [Fact]
    public void Create_DuplicateId_Faults()
    {
        var id = _service.Create(TestOrg.NewWidget());
        var fault = FaultAssert.Throws(() => _service.Create(new Entity(TestOrg.Widget, id)));
        Assert.Equal(ErrorCodes.DuplicateRecord, fault.ErrorCode);
    }

    [Fact]
    public void Execute_UnknownMessage_FaultsAsNotSupported()
    {
        var fault = FaultAssert.Throws(() => _service.Execute(new OrganizationRequest("WhoAmIReally")));
        Assert.Equal(ErrorCodes.MessageNotSupported, fault.ErrorCode);
        Assert.Contains("not supported", fault.Message);
    }

    [Fact]
    public void StateAndStatus_StatusAloneDerivesState_MismatchFaults()
    {
        var id = _service.Create(TestOrg.NewWidget());

        _service.Update(new Entity(TestOrg.Widget, id) { ["statuscode"] = new OptionSetValue(2) });
        var fault = FaultAssert.Throws(() => _service.Update(new Entity(TestOrg.Widget, id) { ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(2) }));

        Assert.Equal(1, _org.Peek(TestOrg.Widget, id)!.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Contains("not a valid status code", fault.Message);
    }

    [Fact]
    public void DateTimes_AreStoredAsUtc()
    {
        var local = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Unspecified);
        var id = _service.Create(new Entity(TestOrg.Widget) { ["test_when"] = local });

        Assert.Equal(DateTimeKind.Utc, ((DateTime)_org.Peek(TestOrg.Widget, id)!["test_when"]).Kind);
    }
}
