using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Tests.Query.Fetch;

/// <summary>
/// aggregate='true' fetches: one row per group, every value an AliasedValue under its alias, typed as the platform
/// returns it (counts int, sums and averages in the column's type, avg of whole numbers truncated).
/// </summary>
public sealed class FetchXmlAggregateTests
{
    private readonly FetchWidgets _data = new();

    private static object? Value(Entity row, string alias) => row.GetAttributeValue<AliasedValue>(alias)?.Value;

    [Fact]
    public void CountGroupedByChoice_OrderedByAlias_OneRowPerStage()
    {
        var rows = _data.Fetch("<fetch aggregate='true'><entity name='test_widget'>" +
            "<attribute name='test_stage' groupby='true' alias='stage'/><attribute name='test_widgetid' aggregate='count' alias='n'/>" +
            "<order alias='stage'/></entity></fetch>").Entities;

        Assert.Equal(new[] { (1, 1), (2, 2), (3, 1), (5, 1) }, rows.Select(r => (((OptionSetValue)Value(r, "stage")!).Value, (int)Value(r, "n")!)));
        var stage = rows[0].GetAttributeValue<AliasedValue>("stage")!;
        Assert.Equal(("test_widget", "test_stage"), (stage.EntityLogicalName, stage.AttributeLogicalName));
        Assert.Equal(Guid.Empty, rows[0].Id);
    }

    [Fact]
    public void AggregatesWithoutGroup_OneRow_TypedAsThePlatformReturnsThem()
    {
        var row = _data.Fetch("<fetch aggregate='true'><entity name='test_widget'>" +
            "<attribute name='test_amount' aggregate='count' alias='rows'/>" +
            "<attribute name='test_amount' aggregate='countcolumn' alias='withamount'/>" +
            "<attribute name='test_amount' aggregate='sum' alias='total'/>" +
            "<attribute name='test_amount' aggregate='avg' alias='average'/>" +
            "<attribute name='test_count' aggregate='sum' alias='countsum'/>" +
            "<attribute name='test_count' aggregate='avg' alias='countavg'/>" +
            "<attribute name='test_count' aggregate='min' alias='least'/>" +
            "<attribute name='test_when' aggregate='max' alias='latest'/>" +
            "</entity></fetch>").Entities.Single();

        Assert.Equal(5, Value(row, "rows"));
        Assert.Equal(4, Value(row, "withamount"));
        Assert.Equal(135.50m, Assert.IsType<Money>(Value(row, "total")).Value);
        Assert.Equal(33.875m, Assert.IsType<Money>(Value(row, "average")).Value);
        Assert.Equal(15, Value(row, "countsum"));
        Assert.Equal(3, Value(row, "countavg"));
        Assert.Equal(1, Value(row, "least"));
        Assert.Equal(new DateTime(2026, 3, 15, 8, 0, 0, DateTimeKind.Utc), Value(row, "latest"));
    }

    [Fact]
    public void AvgOfWholeNumbers_IsAWholeNumber_AsInTheDocsExample()
    {
        var row = _data.Fetch("<fetch aggregate='true'><entity name='test_widget'><attribute name='test_count' aggregate='avg' alias='a'/>" +
            "<filter><condition attribute='test_count' operator='in'><value>1</value><value>2</value></condition></filter></entity></fetch>").Entities.Single();

        Assert.Equal(1, Assert.IsType<int>(Value(row, "a")));
    }

    [Fact]
    public void CountColumnDistinct_CountsUniqueValues()
    {
        var row = _data.Fetch("<fetch aggregate='true'><entity name='test_widget'>" +
            "<attribute name='test_accountid' aggregate='countcolumn' alias='all'/>" +
            "<attribute name='test_accountid' aggregate='countcolumn' distinct='true' alias='unique'/></entity></fetch>").Entities.Single();

        Assert.Equal((3, 2), ((int)Value(row, "all")!, (int)Value(row, "unique")!));
    }

    [Fact]
    public void GroupByLookup_NullIsAGroupOfItsOwn_WithoutTheGroupValue()
    {
        var rows = _data.Fetch("<fetch aggregate='true'><entity name='test_widget'>" +
            "<attribute name='test_accountid' groupby='true' alias='account'/><attribute name='test_widgetid' aggregate='count' alias='n'/></entity></fetch>").Entities;

        var counts = rows.ToDictionary(r => (Value(r, "account") as EntityReference)?.Id ?? Guid.Empty, r => (int)Value(r, "n")!);
        Assert.Equal(new Dictionary<Guid, int> { [_data.Acme] = 2, [_data.Globex] = 1, [Guid.Empty] = 2 }, counts);
        Assert.False(rows.Single(r => !r.Contains("account")).Contains("account"));
    }

    [Fact]
    public void SumOfAGroupWithNoValues_IsZero_AsInTheDocsExample()
    {
        var rows = _data.Fetch("<fetch aggregate='true'><entity name='test_widget'>" +
            "<attribute name='test_stage' groupby='true' alias='stage'/><attribute name='test_amount' aggregate='sum' alias='total'/><order alias='stage'/></entity></fetch>").Entities;

        Assert.Equal(new[] { 10.50m, 25m, 0m, 100m }, rows.Select(r => ((Money)Value(r, "total")!).Value));
    }

    [Fact]
    public void CountOverNoRows_OneRowWithZero()
    {
        var rows = _data.Fetch("<fetch aggregate='true'><entity name='test_widget'><attribute name='test_widgetid' aggregate='count' alias='n'/>" +
            "<filter><condition attribute='test_count' operator='gt' value='100'/></filter></entity></fetch>").Entities;

        Assert.Equal(0, Value(Assert.Single(rows), "n"));
    }

    [Fact]
    public void OrderByAggregateDescending_WithTop_TakesTheLargestGroup()
    {
        var row = _data.Fetch("<fetch aggregate='true' top='1'><entity name='test_widget'>" +
            "<attribute name='test_stage' groupby='true' alias='stage'/><attribute name='test_widgetid' aggregate='count' alias='n'/>" +
            "<order alias='n' descending='true'/></entity></fetch>").Entities.Single();

        Assert.Equal((2, 2), (((OptionSetValue)Value(row, "stage")!).Value, (int)Value(row, "n")!));
    }

    [Fact]
    public void GroupByALinkedColumn_UsesTheJoinedRows()
    {
        var rows = _data.Fetch("<fetch aggregate='true'><entity name='test_widget'><attribute name='test_widgetid' aggregate='count' alias='n'/>" +
            "<link-entity name='account' from='accountid' to='test_accountid' alias='acc'><attribute name='name' groupby='true' alias='account'/></link-entity>" +
            "<order alias='account'/></entity></fetch>").Entities;

        Assert.Equal(new[] { ("Acme", 2), ("Globex", 1) }, rows.Select(r => ((string)Value(r, "account")!, (int)Value(r, "n")!)));
        Assert.Equal("account", rows[0].GetAttributeValue<AliasedValue>("account")!.EntityLogicalName);
    }

    [Fact]
    public void DateGrouping_DayWeekMonthQuarterYear_MatchTheDocsExample()
    {
        // The docs' example: 2023-03-25 is day 25, week 12, month 3; 2023-08-27 is day 27, week 35, month 8.
        var service = TestOrg.Create().CreateService();
        foreach (var day in new[] { new DateTime(2023, 3, 25, 10, 0, 0, DateTimeKind.Utc), new DateTime(2023, 3, 25, 15, 0, 0, DateTimeKind.Utc), new DateTime(2023, 8, 27, 0, 0, 0, DateTimeKind.Utc) })
        {
            service.Create(new Entity(TestOrg.Widget) { ["test_name"] = "w", ["test_when"] = day });
        }

        var rows = service.RetrieveMultiple(new FetchExpression("<fetch aggregate='true'><entity name='test_widget'>" +
            "<attribute name='test_when' groupby='true' dategrouping='day' alias='day'/><attribute name='test_when' groupby='true' dategrouping='week' alias='week'/>" +
            "<attribute name='test_when' groupby='true' dategrouping='month' alias='month'/><attribute name='test_when' groupby='true' dategrouping='quarter' alias='quarter'/>" +
            "<attribute name='test_when' groupby='true' dategrouping='year' alias='year'/><attribute name='test_widgetid' aggregate='count' alias='n'/>" +
            "<order alias='month'/></entity></fetch>")).Entities;

        Assert.Equal(new[] { (25, 12, 3, 1, 2023, 2), (27, 35, 8, 3, 2023, 1) }, rows.Select(r =>
            ((int)Value(r, "day")!, (int)Value(r, "week")!, (int)Value(r, "month")!, (int)Value(r, "quarter")!, (int)Value(r, "year")!, (int)Value(r, "n")!)));
    }

    [Fact]
    public void AggregateOverMoreRowsThanTheOrgLimit_FaultsWithAggregateQueryRecordLimit()
    {
        var data = new FetchWidgets(new InMemoryOrganizationOptions { Clock = new ManualClock(FetchWidgets.Now), AggregateQueryRecordLimit = 4 });
        const string Count = "<fetch aggregate='true'><entity name='test_widget'><attribute name='test_widgetid' aggregate='count' alias='n'/>{0}</entity></fetch>";

        var fault = FaultAssert.Throws(() => data.Fetch(string.Format(System.Globalization.CultureInfo.InvariantCulture, Count, "")));
        var filtered = data.Fetch(string.Format(System.Globalization.CultureInfo.InvariantCulture, Count, "<filter><condition attribute='test_count' operator='le' value='4'/></filter>"));

        Assert.Equal(ErrorCodes.AggregateQueryRecordLimit, fault.ErrorCode);
        Assert.StartsWith("AggregateQueryRecordLimit exceeded", fault.Message, StringComparison.Ordinal);
        Assert.Equal(4, Value(filtered.Entities.Single(), "n"));
    }

    [Fact]
    public void AggregateLimitAttribute_LowersTheLimitForThatFetch()
    {
        var fault = FaultAssert.Throws(() => _data.Fetch("<fetch aggregate='true' aggregatelimit='3'><entity name='test_widget'><attribute name='test_widgetid' aggregate='count' alias='n'/></entity></fetch>"));

        Assert.Equal(ErrorCodes.AggregateQueryRecordLimit, fault.ErrorCode);
        Assert.Equal(5, Value(_data.Fetch("<fetch aggregate='true' aggregatelimit='5'><entity name='test_widget'><attribute name='test_widgetid' aggregate='count' alias='n'/></entity></fetch>").Entities.Single(), "n"));
    }
}
