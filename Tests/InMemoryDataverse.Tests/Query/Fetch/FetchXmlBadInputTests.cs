using System;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Tests.TestSupport;
using DataverseFunnel.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using DataverseFunnel.Registration;

namespace DataverseFunnel.InMemory.Tests.Query.Fetch;

/// <summary>
/// Bad FetchXML faults with the platform's error code and a message naming the problem. A PreOperation step that
/// writes a row on every RetrieveMultiple proves nothing is written: its row is rolled back or never made.
/// </summary>
public sealed class FetchXmlBadInputTests
{
    private readonly FetchWidgets _data = new();

    public FetchXmlBadInputTests() =>
        _data.Org.RegisterStep(Steps.On("RetrieveMultiple", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(s => s.Service().Create(TestOrg.NewWidget("written by the step"))));

    /// <summary>Runs the fetch, asserts the fault's code and that its message names the problem, and that nothing was written.</summary>
    private void AssertFault(string xml, int code, string named)
    {
        var fault = FaultAssert.Throws(() => _data.Fetch(xml));
        Assert.Equal(5, _data.Org.Count(TestOrg.Widget));
        Assert.Equal(code, fault.ErrorCode);
        Assert.Contains(named, fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWritingStep_DoesWriteOnAGoodFetch()
    {
        _data.Fetch("<fetch><entity name='test_widget'><attribute name='test_name'/></entity></fetch>");

        Assert.Equal(6, _data.Org.Count(TestOrg.Widget));
    }

    [Theory]
    [InlineData("<fetch><entity name='test_widget'>", "not well-formed")]
    [InlineData("", "empty")]
    [InlineData("<query><entity name='test_widget'/></query>", "<query>")]
    [InlineData("<fetch><entity name='test_widget'/><entity name='account'/></fetch>", "exactly one <entity>")]
    [InlineData("<fetch><entity name='test_widget'><attrib name='test_name'/></entity></fetch>", "<attrib>")]
    [InlineData("<fetch><entity name='test_widget'><filter type='xor'/></entity></fetch>", "xor")]
    [InlineData("<fetch top='many'><entity name='test_widget'/></fetch>", "'many'")]
    [InlineData("<!DOCTYPE fetch [<!ENTITY x 'y'>]><fetch><entity name='test_widget'/></fetch>", "not well-formed")]
    public void Malformed_FaultsWithInvalidXml(string xml, string named) =>
        AssertFault(xml, ErrorCodes.InvalidXml, named);

    [Theory]
    [InlineData("<fetch><entity name='test_gadget'/></fetch>", "test_gadget")]
    [InlineData("<fetch><entity name='test_widget'><link-entity name='test_gizmo' from='x' to='test_accountid'/></entity></fetch>", "test_gizmo")]
    public void UnknownTable_FaultsWithQueryBuilderNoEntity(string xml, string named) =>
        AssertFault(xml, ErrorCodes.QueryBuilderNoEntity, $"'{named}'");

    [Theory]
    [InlineData("<fetch><entity name='test_widget'><attribute name='test_colour'/></entity></fetch>", "test_colour")]
    [InlineData("<fetch><entity name='test_widget'><filter><condition attribute='test_size' operator='eq' value='1'/></filter></entity></fetch>", "test_size")]
    [InlineData("<fetch><entity name='test_widget'><order attribute='test_rank'/></entity></fetch>", "test_rank")]
    [InlineData("<fetch><entity name='test_widget'><link-entity name='account' from='accountid' to='test_accountid'><attribute name='test_name'/></link-entity></entity></fetch>", "test_name")]
    [InlineData("<fetch><entity name='test_widget'><link-entity name='account' from='accountid' to='test_owner'/></entity></fetch>", "test_owner")]
    [InlineData("<fetch aggregate='true'><entity name='test_widget'><attribute name='test_weight' aggregate='sum' alias='w'/></entity></fetch>", "test_weight")]
    public void UnknownColumn_FaultsWithQueryBuilderNoAttribute(string xml, string named) =>
        AssertFault(xml, ErrorCodes.QueryBuilderNoAttribute, $"'{named}'");

    [Fact]
    public void UnknownOperator_FaultsWithQueryBuilderInvalidConditionOperator() =>
        AssertFault("<fetch><entity name='test_widget'><filter><condition attribute='test_count' operator='roughly' value='3'/></filter></entity></fetch>",
            ErrorCodes.QueryBuilderInvalidConditionOperator, "'roughly' on attribute 'test_count'");

    [Theory]
    [InlineData("<condition attribute='test_count' operator='eq' value='three'/>", "'three'")]
    [InlineData("<condition attribute='test_when' operator='on' value='someday'/>", "'someday'")]
    [InlineData("<condition attribute='test_when' operator='last-x-days' value='a week'/>", "'a week'")]
    [InlineData("<condition attribute='test_count' operator='between'><value>1</value></condition>", "two values")]
    [InlineData("<condition attribute='test_accountid' operator='under' value='6e1d3a4b-0000-0000-0000-000000000001'/>", "Under")]
    public void BadValueOrUnmodelledOperator_FaultsWithInvalidArgument(string condition, string named) =>
        AssertFault($"<fetch><entity name='test_widget'><filter>{condition}</filter></entity></fetch>", ErrorCodes.InvalidArgument, named);

    [Theory]
    [InlineData("<fetch aggregate='true'><entity name='test_widget'><attribute name='test_count' aggregate='sum'/></entity></fetch>", "needs an alias")]
    [InlineData("<fetch aggregate='true'><entity name='test_widget'><attribute name='test_name'/></entity></fetch>", "groupby")]
    [InlineData("<fetch aggregate='true'><entity name='test_widget'><attribute name='test_name' aggregate='sum' alias='s'/></entity></fetch>", "number")]
    [InlineData("<fetch aggregate='true'><entity name='test_widget'><attribute name='test_count' aggregate='sum' alias='s'/><order attribute='test_count'/></entity></fetch>", "alias")]
    [InlineData("<fetch aggregate='true'><entity name='test_widget'><attribute name='test_count' aggregate='sum' alias='s'/><order alias='t'/></entity></fetch>", "'t'")]
    [InlineData("<fetch><entity name='test_widget'><attribute name='test_count' aggregate='sum' alias='s'/></entity></fetch>", "aggregate='true'")]
    [InlineData("<fetch top='1' count='2'><entity name='test_widget'/></fetch>", "TopCount")]
    [InlineData("<fetch><entity name='test_widget'><link-entity name='account' from='accountid' to='test_accountid' alias='a'/><link-entity name='contact' from='contactid' to='test_customerid' alias='a'/></entity></fetch>", "'a' is used twice")]
    [InlineData("<fetch><entity name='test_widget'><link-entity name='account' from='accountid' to='test_accountid' link-type='exists'/></entity></fetch>", "'exists'")]
    [InlineData("<fetch><entity name='test_widget'><filter><condition attribute='test_count' operator='eq' valueof='test_count'/></filter></entity></fetch>", "valueof")]
    public void InconsistentFetch_FaultsWithInvalidArgument(string xml, string named) =>
        AssertFault(xml, ErrorCodes.InvalidArgument, named);
}
