using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Tests.Query.Fetch;

/// <summary>Plain (non-aggregate) FetchXML through RetrieveMultiple: columns, filters, operators, joins, order, paging.</summary>
public sealed class FetchXmlQueryTests
{
    private readonly FetchWidgets _data = new();

    [Fact]
    public void Attribute_ReturnsTheNamedColumnsAndTheId_NothingElse()
    {
        var row = _data.Fetch("<fetch><entity name='test_widget'><attribute name='test_name'/><attribute name='test_count'/><filter><condition attribute='test_name' operator='eq' value='beta'/></filter></entity></fetch>").Entities.Single();

        Assert.Equal(new[] { "test_count", "test_name", "test_widgetid" }, row.Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(2, row["test_count"]);
        Assert.Equal(row.Id, row["test_widgetid"]);
    }

    [Fact]
    public void AllAttributes_ReturnsEveryStoredColumn()
    {
        var row = _data.Fetch("<fetch><entity name='test_widget'><all-attributes/><filter><condition attribute='test_name' operator='eq' value='alpha'/></filter></entity></fetch>").Entities.Single();

        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("test_stage")!.Value);
        Assert.Equal(10.50m, row.GetAttributeValue<Money>("test_amount")!.Value);
        Assert.Equal(_data.Acme, row.GetAttributeValue<EntityReference>("test_accountid")!.Id);
        Assert.True(row.Contains("createdon"));
    }

    [Theory]
    [InlineData("<condition attribute='test_count' operator='eq' value='2'/>", "beta")]
    [InlineData("<condition attribute='test_count' operator='ne' value='2'/>", "alpha,gamma,delta,Epsilon")]
    [InlineData("<condition attribute='test_count' operator='neq' value='2'/>", "alpha,gamma,delta,Epsilon")]
    [InlineData("<condition attribute='test_count' operator='gt' value='3'/>", "delta,Epsilon")]
    [InlineData("<condition attribute='test_count' operator='ge' value='4'/>", "delta,Epsilon")]
    [InlineData("<condition attribute='test_count' operator='lt' value='2'/>", "alpha")]
    [InlineData("<condition attribute='test_count' operator='le' value='2'/>", "alpha,beta")]
    [InlineData("<condition attribute='test_count' operator='in'><value>1</value><value>5</value></condition>", "alpha,Epsilon")]
    [InlineData("<condition attribute='test_count' operator='not-in'><value>1</value><value>5</value></condition>", "beta,gamma,delta")]
    [InlineData("<condition attribute='test_count' operator='between'><value>2</value><value>3</value></condition>", "beta,gamma")]
    [InlineData("<condition attribute='test_count' operator='not-between'><value>2</value><value>3</value></condition>", "alpha,delta,Epsilon")]
    [InlineData("<condition attribute='test_stage' operator='eq' value='2'/>", "beta,delta")]
    [InlineData("<condition attribute='test_amount' operator='gt' value='10'/>", "alpha,beta,Epsilon")]
    [InlineData("<condition attribute='test_amount' operator='null'/>", "gamma")]
    [InlineData("<condition attribute='test_accountid' operator='not-null'/>", "alpha,beta,gamma")]
    [InlineData("<condition attribute='test_name' operator='like' value='%L%'/>", "alpha,delta,Epsilon")]
    [InlineData("<condition attribute='test_name' operator='not-like' value='%a'/>", "Epsilon")]
    [InlineData("<condition attribute='test_name' operator='begins-with' value='e'/>", "Epsilon")]
    [InlineData("<condition attribute='test_name' operator='not-begin-with' value='a'/>", "beta,gamma,delta,Epsilon")]
    [InlineData("<condition attribute='test_name' operator='ends-with' value='TA'/>", "beta,delta")]
    [InlineData("<condition attribute='test_name' operator='not-end-with' value='a'/>", "Epsilon")]
    [InlineData("<condition attribute='test_when' operator='on' value='2026-03-01'/>", "beta")]
    [InlineData("<condition attribute='test_when' operator='on-or-before' value='2026-02-01'/>", "gamma,Epsilon")]
    [InlineData("<condition attribute='test_when' operator='on-or-after' value='2026-03-01'/>", "alpha,beta")]
    public void Condition_Operator_ReturnsExactlyTheMatchingRows(string condition, string expected) =>
        Assert.Equal(expected, _data.Where(condition));

    [Fact]
    public void Condition_OnALookup_ComparesTheId() =>
        Assert.Equal("gamma", _data.Where($"<condition attribute='test_accountid' operator='eq' value='{{{_data.Globex}}}'/>"));

    [Fact]
    public void Filters_NestedOrInsideAnd_CombineAsWritten() =>
        Assert.Equal("beta,delta,Epsilon", _data.Where(
            "<condition attribute='test_count' operator='ge' value='2'/>" +
            "<filter type='or'><condition attribute='test_stage' operator='eq' value='2'/><condition attribute='test_amount' operator='ge' value='100'/></filter>"));

    [Fact]
    public void Filters_OrAtTheTop_AnyConditionMatches() =>
        Assert.Equal("alpha,Epsilon", _data.Where("<condition attribute='test_count' operator='eq' value='1'/><condition attribute='test_count' operator='eq' value='5'/>", "or"));

    [Fact]
    public void LinkEntity_Inner_OnlyRowsWithAMatch_ColumnsAsAliasedValues()
    {
        var rows = _data.Fetch("<fetch><entity name='test_widget'><attribute name='test_name'/><order attribute='test_count'/>" +
            "<link-entity name='account' from='accountid' to='test_accountid' alias='acc'><attribute name='name'/></link-entity></entity></fetch>").Entities;

        Assert.Equal(new[] { "alpha", "beta", "gamma" }, rows.Select(r => r.GetAttributeValue<string>("test_name")));
        var linked = rows.Select(r => r.GetAttributeValue<AliasedValue>("acc.name")!).ToList();
        Assert.Equal(new[] { "Acme", "Acme", "Globex" }, linked.Select(a => (string)a.Value));
        Assert.All(linked, a => Assert.Equal(("account", "name"), (a.EntityLogicalName, a.AttributeLogicalName)));
    }

    [Fact]
    public void LinkEntity_Outer_KeepsRowsWithoutAMatch_WithoutTheLinkedColumn()
    {
        var rows = _data.Fetch("<fetch><entity name='test_widget'><attribute name='test_name'/><order attribute='test_count'/>" +
            "<link-entity name='account' from='accountid' to='test_accountid' alias='acc' link-type='outer'><attribute name='name'/></link-entity></entity></fetch>").Entities;

        Assert.Equal(5, rows.Count);
        Assert.Equal(new[] { "Acme", "Acme", "Globex", null, null }, rows.Select(r => r.GetAttributeValue<AliasedValue>("acc.name")?.Value as string));
    }

    [Fact]
    public void LinkEntity_OuterWithConditionOnTheAlias_FindsRowsWithoutARelatedRow() =>
        Assert.Equal("delta,Epsilon", _data.Names("<fetch><entity name='test_widget'><attribute name='test_name'/><order attribute='test_count'/>" +
            "<link-entity name='account' from='accountid' to='test_accountid' alias='acc' link-type='outer'/>" +
            "<filter><condition entityname='acc' attribute='accountid' operator='null'/></filter></entity></fetch>"));

    [Fact]
    public void LinkEntity_FilterInsideTheLink_RestrictsTheJoin() =>
        Assert.Equal("alpha,beta", _data.Names("<fetch><entity name='test_widget'><attribute name='test_name'/><order attribute='test_count'/>" +
            "<link-entity name='account' from='accountid' to='test_accountid' alias='acc'><filter><condition attribute='name' operator='eq' value='Acme'/></filter></link-entity></entity></fetch>"));

    [Fact]
    public void LinkEntity_WithoutAlias_ColumnsNamedAfterTheTableAndN() =>
        Assert.Equal("Globex", _data.Fetch("<fetch><entity name='test_widget'><filter><condition attribute='test_name' operator='eq' value='gamma'/></filter>" +
            "<link-entity name='account' from='accountid' to='test_accountid'><attribute name='name'/></link-entity></entity></fetch>").Entities.Single().GetAttributeValue<AliasedValue>("account1.name")!.Value);

    [Fact]
    public void Order_DescendingThenByALinkedColumn()
    {
        Assert.Equal("Epsilon,delta,gamma,beta,alpha", _data.Names("<fetch><entity name='test_widget'><attribute name='test_name'/><order attribute='test_count' descending='true'/></entity></fetch>"));
        Assert.Equal("gamma,alpha,beta", _data.Names("<fetch><entity name='test_widget'><attribute name='test_name'/>" +
            "<link-entity name='account' from='accountid' to='test_accountid' alias='acc'><order attribute='name' descending='true'/></link-entity></entity></fetch>"));
    }

    [Fact]
    public void Order_WithEntityName_SortsByTheLinkedColumnFirst() =>
        Assert.Equal("beta,alpha,gamma", _data.Names("<fetch><entity name='test_widget'><attribute name='test_name'/>" +
            "<link-entity name='account' from='accountid' to='test_accountid' alias='acc'/>" +
            "<order entityname='acc' attribute='name'/><order attribute='test_count' descending='true'/></entity></fetch>"));

    [Fact]
    public void Top_ReturnsTheFirstRows() =>
        Assert.Equal("alpha,beta", _data.Names("<fetch top='2'><entity name='test_widget'><attribute name='test_name'/><order attribute='test_count'/></entity></fetch>"));

    [Fact]
    public void CountAndPage_WithThePagingCookie_WalkEveryRowOnce()
    {
        const string Template = "<fetch count='2' page='{0}'{1}><entity name='test_widget'><attribute name='test_name'/><order attribute='test_count'/></entity></fetch>";
        var first = _data.Fetch(string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, 1, ""));
        Assert.True(first.MoreRecords);
        Assert.False(string.IsNullOrEmpty(first.PagingCookie));

        var cookie = System.Security.SecurityElement.Escape(first.PagingCookie);
        var second = _data.Fetch(string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, 2, $" paging-cookie='{cookie}'"));
        var third = _data.Fetch(string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, 3, ""));

        Assert.Equal(new[] { "alpha", "beta" }, first.Entities.Select(e => e.GetAttributeValue<string>("test_name")));
        Assert.Equal(new[] { "gamma", "delta" }, second.Entities.Select(e => e.GetAttributeValue<string>("test_name")));
        Assert.True(second.MoreRecords);
        Assert.Equal(new[] { "Epsilon" }, third.Entities.Select(e => e.GetAttributeValue<string>("test_name")));
        Assert.False(third.MoreRecords);
    }

    [Fact]
    public void ReturnTotalRecordCount_CountsEveryMatchingRow() =>
        Assert.Equal(5, _data.Fetch("<fetch count='2' returntotalrecordcount='true'><entity name='test_widget'><attribute name='test_name'/></entity></fetch>").TotalRecordCount);

    [Fact]
    public void Distinct_ReturnsEachValueOnce()
    {
        var stages = _data.Fetch("<fetch distinct='true'><entity name='test_widget'><attribute name='test_stage'/><order attribute='test_stage'/></entity></fetch>").Entities;

        Assert.Equal(new[] { 1, 2, 3, 5 }, stages.Select(e => e.GetAttributeValue<OptionSetValue>("test_stage")!.Value));
    }

    [Fact]
    public void AttributeAlias_InAPlainFetch_ComesBackAsAnAliasedValue()
    {
        var row = _data.Fetch("<fetch><entity name='test_widget'><attribute name='test_name' alias='n'/><filter><condition attribute='test_count' operator='eq' value='3'/></filter></entity></fetch>").Entities.Single();

        var aliased = Assert.IsType<AliasedValue>(row["n"]);
        Assert.Equal(("test_widget", "test_name", (object)"gamma"), (aliased.EntityLogicalName, aliased.AttributeLogicalName, aliased.Value));
        Assert.False(row.Contains("test_name"));
    }
}
