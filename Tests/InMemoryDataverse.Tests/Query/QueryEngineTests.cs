using System;
using System.Linq;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Tests.Query;

/// <summary>RetrieveMultiple over QueryExpression and QueryByAttribute.</summary>
public sealed class QueryEngineTests
{
    private readonly InMemoryOrganization _org = TestOrg.Create();
    private readonly IOrganizationService _service;
    private readonly Guid _acme;
    private readonly Guid _globex;

    public QueryEngineTests()
    {
        _service = _org.CreateService();
        _acme = _service.Create(new Entity("account") { ["name"] = "Acme" });
        _globex = _service.Create(new Entity("account") { ["name"] = "Globex" });
        Add("alpha", 1, 1, _acme, "2026-01-05");
        Add("beta", 2, 2, _acme, "2026-01-10");
        Add("gamma", 3, 3, _globex, "2026-02-01");
        Add("delta", 4, 2, null, null);
        Add("Epsilon", 5, 5, null, "2025-12-31");
    }

    private void Add(string name, int count, int stage, Guid? account, string? when)
    {
        var widget = new Entity(TestOrg.Widget) { ["test_name"] = name, ["test_count"] = count, ["test_stage"] = new OptionSetValue(stage) };
        if (account is Guid a) widget["test_accountid"] = new EntityReference("account", a);
        if (when is not null) widget["test_when"] = DateTime.SpecifyKind(DateTime.Parse(when, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        _service.Create(widget);
    }

    private string[] Names(QueryBase query) =>
        _service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("test_name")!).ToArray();

    private static QueryExpression Widgets(params ConditionExpression[] conditions)
    {
        var query = new QueryExpression(TestOrg.Widget) { ColumnSet = new ColumnSet("test_name") };
        foreach (var condition in conditions) query.Criteria.AddCondition(condition);
        query.AddOrder("test_count", OrderType.Ascending);
        return query;
    }

    [Theory]
    [InlineData(ConditionOperator.Equal, new object[] { 2 }, "beta")]
    [InlineData(ConditionOperator.NotEqual, new object[] { 2 }, "alpha,gamma,delta,Epsilon")]
    [InlineData(ConditionOperator.GreaterThan, new object[] { 3 }, "delta,Epsilon")]
    [InlineData(ConditionOperator.GreaterEqual, new object[] { 4 }, "delta,Epsilon")]
    [InlineData(ConditionOperator.LessThan, new object[] { 2 }, "alpha")]
    [InlineData(ConditionOperator.LessEqual, new object[] { 2 }, "alpha,beta")]
    [InlineData(ConditionOperator.In, new object[] { 1, 5 }, "alpha,Epsilon")]
    [InlineData(ConditionOperator.NotIn, new object[] { 1, 5 }, "beta,gamma,delta")]
    [InlineData(ConditionOperator.Between, new object[] { 2, 3 }, "beta,gamma")]
    [InlineData(ConditionOperator.NotBetween, new object[] { 2, 3 }, "alpha,delta,Epsilon")]
    public void Conditions_OnNumbers(ConditionOperator op, object[] values, string expected)
    {
        Assert.Equal(expected.Split(','), Names(Widgets(new ConditionExpression("test_count", op, values))));
    }

    [Theory]
    [InlineData(ConditionOperator.Like, "%ta", "beta,delta")]
    [InlineData(ConditionOperator.NotLike, "%a", "Epsilon")]
    [InlineData(ConditionOperator.BeginsWith, "e", "Epsilon")]
    [InlineData(ConditionOperator.EndsWith, "MMA", "gamma")]
    [InlineData(ConditionOperator.Contains, "ps", "Epsilon")]
    [InlineData(ConditionOperator.Equal, "ALPHA", "alpha")]
    public void Conditions_OnText_AreCaseInsensitive(ConditionOperator op, string value, string expected)
    {
        Assert.Equal(expected.Split(','), Names(Widgets(new ConditionExpression("test_name", op, value))));
    }

    [Fact]
    public void Conditions_NullNotNullChoiceAndLookup()
    {
        Assert.Equal(new[] { "delta", "Epsilon" }, Names(Widgets(new ConditionExpression("test_accountid", ConditionOperator.Null))));
        Assert.Equal(new[] { "alpha", "beta", "gamma" }, Names(Widgets(new ConditionExpression("test_accountid", ConditionOperator.NotNull))));
        Assert.Equal(new[] { "beta", "delta" }, Names(Widgets(new ConditionExpression("test_stage", ConditionOperator.Equal, 2))));
        Assert.Equal(new[] { "alpha", "beta" }, Names(Widgets(new ConditionExpression("test_accountid", ConditionOperator.Equal, _acme))));
    }

    [Fact]
    public void Conditions_OnDates_UseTheOrgClock()
    {
        Assert.Equal(new[] { "beta" }, Names(Widgets(new ConditionExpression("test_when", ConditionOperator.On, new DateTime(2026, 1, 10, 15, 0, 0, DateTimeKind.Utc)))));
        Assert.Equal(new[] { "beta", "gamma" }, Names(Widgets(new ConditionExpression("test_when", ConditionOperator.OnOrAfter, new DateTime(2026, 1, 10, 0, 0, 0, DateTimeKind.Utc)))));
        Assert.Equal(new[] { "alpha", "Epsilon" }, Names(Widgets(new ConditionExpression("test_when", ConditionOperator.OnOrBefore, new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc)))));
        _org.AdvanceClock(TimeSpan.FromDays(12)); // now 2026-01-13
        Assert.Equal(new[] { "alpha", "beta" }, Names(Widgets(new ConditionExpression("test_when", ConditionOperator.LastXDays, 10))));
        Assert.Equal(new[] { "gamma" }, Names(Widgets(new ConditionExpression("test_when", ConditionOperator.NextXDays, 30))));
    }

    [Fact]
    public void NestedFilters_OrInsideAnd()
    {
        var query = Widgets();
        query.Criteria.AddCondition("test_count", ConditionOperator.GreaterThan, 1);
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("test_name", ConditionOperator.Equal, "gamma");
        either.AddCondition("test_stage", ConditionOperator.Equal, 2);

        Assert.Equal(new[] { "beta", "gamma", "delta" }, Names(query));
    }

    [Fact]
    public void Ordering_DescendingThenAscending()
    {
        var query = new QueryExpression(TestOrg.Widget) { ColumnSet = new ColumnSet("test_name") };
        query.AddOrder("test_stage", OrderType.Descending);
        query.AddOrder("test_name", OrderType.Ascending);

        Assert.Equal(new[] { "Epsilon", "gamma", "beta", "delta", "alpha" }, Names(query));
    }

    [Fact]
    public void Paging_CountPageNumberCookieAndMoreRecords()
    {
        var query = Widgets();
        query.PageInfo = new PagingInfo { Count = 2, PageNumber = 1, ReturnTotalRecordCount = true };
        var first = _service.RetrieveMultiple(query);
        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = first.PagingCookie;
        var second = _service.RetrieveMultiple(query);
        query.PageInfo.PageNumber = 3;
        query.PageInfo.PagingCookie = second.PagingCookie;
        var third = _service.RetrieveMultiple(query);

        Assert.Equal(5, first.TotalRecordCount);
        Assert.True(first.MoreRecords);
        Assert.True(second.MoreRecords);
        Assert.False(third.MoreRecords);
        Assert.Equal(new[] { "alpha", "beta", "gamma", "delta", "Epsilon" },
            first.Entities.Concat(second.Entities).Concat(third.Entities).Select(e => e.GetAttributeValue<string>("test_name")));
    }

    [Fact]
    public void TopCount_LimitsRows_AndCannotBeCombinedWithPaging()
    {
        var query = Widgets();
        query.TopCount = 2;
        Assert.Equal(new[] { "alpha", "beta" }, Names(query));

        query.PageInfo = new PagingInfo { Count = 1, PageNumber = 1 };
        FaultAssert.Throws(() => _service.RetrieveMultiple(query));
    }

    [Fact]
    public void InnerLink_WithAliasAndLinkCriteria_ReturnsAliasedValues()
    {
        var query = Widgets();
        var link = query.AddLink("account", "test_accountid", "accountid", JoinOperator.Inner);
        link.EntityAlias = "acct";
        link.Columns = new ColumnSet("name");
        link.LinkCriteria.AddCondition("name", ConditionOperator.Equal, "Acme");

        var rows = _service.RetrieveMultiple(query).Entities;

        Assert.Equal(new[] { "alpha", "beta" }, rows.Select(r => r.GetAttributeValue<string>("test_name")));
        var aliased = rows[0].GetAttributeValue<AliasedValue>("acct.name")!;
        Assert.Equal("Acme", aliased.Value);
        Assert.Equal("account", aliased.EntityLogicalName);
    }

    [Fact]
    public void OuterLink_KeepsUnmatchedRows_AndConditionsCanNameTheAlias()
    {
        var query = Widgets(new ConditionExpression("acct", "name", ConditionOperator.Null));
        var link = query.AddLink("account", "test_accountid", "accountid", JoinOperator.LeftOuter);
        link.EntityAlias = "acct";

        Assert.Equal(new[] { "delta", "Epsilon" }, Names(query));
    }

    [Fact]
    public void QueryByAttribute_MatchesAllAttributeValues()
    {
        var query = new QueryByAttribute(TestOrg.Widget) { ColumnSet = new ColumnSet("test_name") };
        query.AddAttributeValue("test_stage", 2);
        query.AddAttributeValue("test_accountid", _acme);

        Assert.Equal(new[] { "beta" }, Names(query));
    }

    [Fact]
    public void UnknownColumnInACondition_Faults()
    {
        var fault = FaultAssert.Throws(() => _service.RetrieveMultiple(Widgets(new ConditionExpression("test_nosuch", ConditionOperator.Equal, 1))));
        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, fault.ErrorCode);
    }

    [Fact]
    public void Results_AreClones()
    {
        var first = _service.RetrieveMultiple(Widgets(new ConditionExpression("test_count", ConditionOperator.Equal, 1))).Entities[0];
        first["test_name"] = "mutated";

        Assert.Equal(new[] { "alpha" }, Names(Widgets(new ConditionExpression("test_count", ConditionOperator.Equal, 1))));
    }
}
