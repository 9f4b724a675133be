using System;
using System.Linq;
using DataverseFunnel.InMemory.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Tests.Query.Fetch;

/// <summary>
/// Date operators against the org's clock (2026-03-15 12:00 UTC, a Sunday), fiscal operators against the configured
/// fiscal calendar, and the operators that compare with the caller or the business unit.
/// </summary>
public sealed class FetchXmlDateAndUserOperatorTests
{
    private static string When(string op, string? value = null) =>
        $"<condition attribute='test_when' operator='{op}'{(value is null ? "" : $" value='{value}'")}/>";

    [Theory]
    [InlineData("today", null, "alpha")]
    [InlineData("yesterday", null, "")]
    [InlineData("last-x-days", "1", "alpha")]
    [InlineData("last-x-days", "14", "alpha,beta")]
    [InlineData("last-x-weeks", "3", "alpha,beta")]
    [InlineData("last-x-months", "2", "alpha,beta,gamma")]
    [InlineData("olderthan-x-hours", "5", "beta,gamma,Epsilon")]
    [InlineData("olderthan-x-days", "30", "gamma,Epsilon")]
    [InlineData("olderthan-x-weeks", "2", "gamma,Epsilon")]
    [InlineData("olderthan-x-months", "1", "gamma,Epsilon")]
    [InlineData("this-week", null, "alpha")]
    [InlineData("this-month", null, "alpha,beta")]
    [InlineData("last-month", null, "gamma")]
    [InlineData("this-year", null, "alpha,beta,gamma")]
    [InlineData("last-year", null, "Epsilon")]
    [InlineData("this-fiscal-period", null, "alpha,beta,gamma")]
    [InlineData("last-fiscal-period", null, "Epsilon")]
    [InlineData("this-fiscal-year", null, "alpha,beta,gamma")]
    [InlineData("last-fiscal-year", null, "Epsilon")]
    public void DateOperator_DefaultCalendarOfQuarters_ReturnsExactlyTheRowsInItsWindow(string op, string? value, string expected) =>
        Assert.Equal(expected, new FetchWidgets().Where(When(op, value)));

    [Theory]
    [InlineData(FiscalPeriodType.Monthly, 4, "this-fiscal-period", "alpha,beta")]
    [InlineData(FiscalPeriodType.Monthly, 4, "last-fiscal-period", "gamma")]
    [InlineData(FiscalPeriodType.Monthly, 4, "this-fiscal-year", "alpha,beta,gamma,Epsilon")]
    [InlineData(FiscalPeriodType.SemiAnnually, 10, "this-fiscal-period", "alpha,beta,gamma,Epsilon")]
    [InlineData(FiscalPeriodType.Annually, 3, "this-fiscal-period", "alpha,beta")]
    [InlineData(FiscalPeriodType.Annually, 3, "last-fiscal-year", "gamma,Epsilon")]
    public void FiscalOperator_FollowsTheConfiguredCalendar(FiscalPeriodType type, int startMonth, string op, string expected)
    {
        var options = new InMemoryOrganizationOptions
        {
            Clock = new ManualClock(FetchWidgets.Now),
            FiscalCalendar = new FiscalCalendar { StartMonth = startMonth, PeriodType = type },
        };

        Assert.Equal(expected, new FetchWidgets(options).Where(When(op)));
    }

    [Fact]
    public void FiscalCalendar_StartDayMidMonth_PeriodsRunFromThatDay()
    {
        // Year from 20 January: the quarter holding 15 March runs 20 January – 20 April.
        var options = new InMemoryOrganizationOptions
        {
            Clock = new ManualClock(FetchWidgets.Now),
            FiscalCalendar = new FiscalCalendar { StartMonth = 1, StartDay = 20 },
        };

        Assert.Equal("alpha,beta,gamma", new FetchWidgets(options).Where(When("this-fiscal-period")));
        Assert.Equal("Epsilon", new FetchWidgets(options).Where(When("last-fiscal-period")));
    }

    [Fact]
    public void DateOperators_ReadTheOrgClock_NotTheWallClock()
    {
        var data = new FetchWidgets();
        data.Org.AdvanceClock(TimeSpan.FromDays(20));

        Assert.Equal("beta,gamma,Epsilon", data.Where(When("olderthan-x-days", "30")));
        Assert.Equal("", data.Where(When("today")));
    }

    [Fact]
    public void EqUserId_MatchesTheCaller_NeUserIdTheOthers()
    {
        var data = new FetchWidgets();
        var stranger = data.Org.CreateService(new Guid("05000000-0000-0000-0000-0000000000aa"));
        const string Mine = "<fetch><entity name='test_widget'><attribute name='test_name'/><order attribute='test_count'/><filter><condition attribute='ownerid' operator='{0}'/></filter></entity></fetch>";

        Assert.Equal(5, data.Fetch(string.Format(System.Globalization.CultureInfo.InvariantCulture, Mine, "eq-userid")).Entities.Count);
        Assert.Empty(stranger.RetrieveMultiple(new FetchExpression(string.Format(System.Globalization.CultureInfo.InvariantCulture, Mine, "eq-userid"))).Entities);
        Assert.Equal(5, stranger.RetrieveMultiple(new FetchExpression(string.Format(System.Globalization.CultureInfo.InvariantCulture, Mine, "ne-userid"))).Entities.Count);
    }

    [Fact]
    public void EqBusinessId_MatchesTheOrgsBusinessUnit()
    {
        var metadata = new MetadataBuilder().Table("test_event", t => t.PrimaryName("test_name").UniqueIdentifier("test_unit")).Build();
        var options = new InMemoryOrganizationOptions();
        var service = new InMemoryOrganization(metadata, options).CreateService();
        service.Create(new Entity("test_event") { ["test_name"] = "ours", ["test_unit"] = options.BusinessUnitId });
        service.Create(new Entity("test_event") { ["test_name"] = "theirs", ["test_unit"] = Guid.NewGuid() });

        string Names(string op) => string.Join(",", service.RetrieveMultiple(new FetchExpression(
            $"<fetch><entity name='test_event'><attribute name='test_name'/><filter><condition attribute='test_unit' operator='{op}'/></filter></entity></fetch>")).Entities.Select(e => e.GetAttributeValue<string>("test_name")));

        Assert.Equal("ours", Names("eq-businessid"));
        Assert.Equal("theirs", Names("ne-businessid"));
    }
}
