using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.InMemory.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Tests.Query;

/// <summary>
/// Paging cookies: the cookie names the page's last row by its order values and key, and the next page starts after it
/// when it is asked for (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results#ordering-and-paging).
/// </summary>
public sealed class PagingCookieTests
{
    private readonly InMemoryOrganization _org = TestOrg.Create();
    private readonly IOrganizationService _service;

    public PagingCookieTests() => _service = _org.CreateService();

    private Guid Add(string name, int? count, int? stage = null, DateTime? when = null)
    {
        var widget = TestOrg.NewWidget(name, count);
        if (stage is int s) widget["test_stage"] = new OptionSetValue(s);
        if (when is DateTime w) widget["test_when"] = w;
        return _service.Create(widget);
    }

    private static QueryExpression Paged(int count, params (string Column, OrderType Type)[] orders)
    {
        var query = new QueryExpression(TestOrg.Widget) { ColumnSet = new ColumnSet("test_name", "test_count"), PageInfo = new PagingInfo { Count = count, PageNumber = 1 } };
        foreach (var (column, type) in orders) query.AddOrder(column, type);
        return query;
    }

    /// <summary>Follows MoreRecords and the paging cookie page by page, as the docs' RetrieveAll does; <paramref name="between"/> runs after each page.</summary>
    private List<Entity> ReadAll(QueryExpression query, Action<int>? between = null)
    {
        var rows = new List<Entity>();
        for (var page = 1; ; page++)
        {
            var result = _service.RetrieveMultiple(query);
            rows.AddRange(result.Entities);
            if (!result.MoreRecords) return rows;
            between?.Invoke(page);
            query.PageInfo.PageNumber = page + 1;
            query.PageInfo.PagingCookie = result.PagingCookie;
        }
    }

    private EntityCollection Page(QueryExpression query, int number, string? cookie)
    {
        query.PageInfo.PageNumber = number;
        query.PageInfo.PagingCookie = cookie;
        return _service.RetrieveMultiple(query);
    }

    private static string[] Names(IEnumerable<Entity> rows) => rows.Select(e => e.GetAttributeValue<string>("test_name")!).ToArray();

    [Fact]
    public void The_cookie_holds_the_order_values_and_key_of_the_pages_last_and_first_rows()
    {
        var one = Add("one", 1);
        Add("two", 2);
        var three = Add("three", 3);
        Add("four", 4);

        var page = _service.RetrieveMultiple(Paged(3, ("test_count", OrderType.Ascending)));

        var cookie = XElement.Parse(page.PagingCookie!);
        Assert.Equal("cookie", cookie.Name.LocalName);
        Assert.Equal("1", (string?)cookie.Attribute("page"));
        Assert.Equal(new[] { "test_count", "test_widgetid" }, cookie.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("3", (string?)cookie.Element("test_count")!.Attribute("last"));
        Assert.Equal("1", (string?)cookie.Element("test_count")!.Attribute("first"));
        Assert.Equal("{" + three.ToString().ToUpperInvariant() + "}", (string?)cookie.Element("test_widgetid")!.Attribute("last"));
        Assert.Equal("{" + one.ToString().ToUpperInvariant() + "}", (string?)cookie.Element("test_widgetid")!.Attribute("first"));
    }

    [Fact]
    public void Rows_written_between_pages_are_neither_repeated_nor_skipped()
    {
        var original = Enumerable.Range(0, 30).ToDictionary(i => Add($"w{i:D2}", i * 10), i => i * 10);
        var doomed = original.First(p => p.Value == 90).Key;
        var moved = original.First(p => p.Value == 200).Key;
        var cursor = original.First(p => p.Value == 60).Key;
        Guid? late = null;

        var rows = ReadAll(Paged(7, ("test_count", OrderType.Ascending)), page =>
        {
            if (page != 1) return;
            // After page 1 (counts 0..60): rows before the cursor, a row after it, the cursor row itself deleted, a delete
            // and an update ahead of it.
            Add("before", 5);
            Add("before", 6);
            late = Add("after", 1000);
            _service.Delete(TestOrg.Widget, cursor);
            _service.Delete(TestOrg.Widget, doomed);
            _service.Update(new Entity(TestOrg.Widget, moved) { ["test_name"] = "renamed" });
        });

        var ids = rows.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(original.Keys.Where(id => id != doomed).Append(late!.Value).OrderBy(id => id), ids.OrderBy(id => id));
        Assert.DoesNotContain("before", Names(rows));
        Assert.Contains("renamed", Names(rows));
        var counts = rows.Select(r => r.GetAttributeValue<int>("test_count")).ToArray();
        Assert.Equal(counts.OrderBy(c => c), counts);
    }

    [Fact]
    public void Without_the_cookie_the_page_number_alone_places_the_page_so_an_earlier_insert_repeats_a_row()
    {
        for (var i = 0; i < 6; i++) Add($"w{i}", i * 10);
        var query = Paged(3, ("test_count", OrderType.Ascending));
        var first = _service.RetrieveMultiple(query);
        Add("early", 5);

        var simple = Page(query, 2, null);
        var withCookie = Page(query, 2, first.PagingCookie);

        Assert.Equal(new[] { "w2", "w3", "w4" }, Names(simple.Entities));
        Assert.Equal(new[] { "w3", "w4", "w5" }, Names(withCookie.Entities));
    }

    [Fact]
    public void Ties_on_a_non_unique_order_are_broken_by_the_key_so_every_row_comes_once()
    {
        var stages = new[] { 2, 1, 2, 2, 3, 1, 2, 3, 2 };
        var added = stages.Select((s, i) => Add($"w{i}", i, s)).ToList();

        var rows = ReadAll(Paged(2, ("test_stage", OrderType.Ascending)));

        Assert.Equal(added.OrderBy(id => id), rows.Select(r => r.Id).OrderBy(id => id));
        var expected = added.Select((id, i) => (id, stage: stages[i])).OrderBy(x => x.stage).ThenBy(x => x.id).Select(x => x.id);
        Assert.Equal(expected, rows.Select(r => r.Id));
    }

    [Fact]
    public void A_descending_order_with_empty_values_pages_like_the_unpaged_query()
    {
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 11; i++) Add($"w{i}", i, when: i % 4 == 0 ? null : start.AddHours(i % 5));
        var all = new QueryExpression(TestOrg.Widget) { ColumnSet = new ColumnSet("test_name") };
        all.AddOrder("test_when", OrderType.Descending);

        var rows = ReadAll(Paged(3, ("test_when", OrderType.Descending)));

        Assert.Equal(Names(_service.RetrieveMultiple(all).Entities), Names(rows));
    }

    [Fact]
    public void A_filtered_query_pages_only_its_rows_and_counts_them_all()
    {
        for (var i = 0; i < 20; i++) Add($"w{i:D2}", i);
        var query = Paged(4, ("test_name", OrderType.Descending));
        query.Criteria.AddCondition("test_count", ConditionOperator.GreaterEqual, 7);
        query.PageInfo.ReturnTotalRecordCount = true;

        var first = _service.RetrieveMultiple(query);
        var rows = ReadAll(query);

        Assert.Equal(13, first.TotalRecordCount);
        Assert.Equal(Enumerable.Range(7, 13).Reverse().Select(i => $"w{i:D2}"), Names(rows));
    }

    [Fact]
    public void A_cookie_of_another_query_or_page_is_ignored_and_the_page_number_places_the_page()
    {
        for (var i = 0; i < 9; i++) Add($"n{8 - i}", i);
        var byName = _service.RetrieveMultiple(Paged(2, ("test_name", OrderType.Ascending)));
        var query = Paged(2, ("test_count", OrderType.Ascending));
        var first = _service.RetrieveMultiple(query);
        var simpleTwo = Names(Page(query, 2, null).Entities);
        var simpleThree = Names(Page(query, 3, null).Entities);

        Assert.Equal(simpleTwo, Names(Page(query, 2, byName.PagingCookie).Entities));
        Assert.Equal(simpleThree, Names(Page(query, 3, first.PagingCookie).Entities));
        Assert.Equal(simpleTwo, Names(Page(query, 2, "<cookie page=\"1\"><test_count last=\"not a number\" /></cookie>").Entities));
        Assert.Equal(simpleTwo, Names(Page(query, 2, "not a cookie").Entities));
        Assert.Equal(new[] { "n6", "n5" }, simpleTwo);
    }

    [Fact]
    public void A_query_with_a_link_entity_pages_by_number_without_a_cookie()
    {
        var account = _service.Create(new Entity("account") { ["name"] = "Acme" });
        for (var i = 0; i < 5; i++)
        {
            var widget = TestOrg.NewWidget($"w{i}", i);
            widget["test_accountid"] = new EntityReference("account", account);
            _service.Create(widget);
        }

        var query = Paged(2, ("test_count", OrderType.Ascending));
        query.AddLink("account", "test_accountid", "accountid").Columns = new ColumnSet("name");
        var first = _service.RetrieveMultiple(query);
        var rows = ReadAll(query);

        Assert.Null(first.PagingCookie);
        Assert.Equal(new[] { "w0", "w1", "w2", "w3", "w4" }, Names(rows));
    }

    [Fact]
    public void A_fetch_page_resumes_after_the_xml_encoded_cookie_of_the_page_before()
    {
        for (var i = 0; i < 5; i++) Add($"w{i}", i * 10);
        const string Template = "<fetch count='2' page='{0}'{1}><entity name='test_widget'><attribute name='test_name'/><order attribute='test_count'/></entity></fetch>";
        var first = _service.RetrieveMultiple(new FetchExpression(string.Format(CultureInfo.InvariantCulture, Template, 1, "")));
        Add("early", 5);

        var cookie = System.Security.SecurityElement.Escape(first.PagingCookie);
        var second = _service.RetrieveMultiple(new FetchExpression(string.Format(CultureInfo.InvariantCulture, Template, 2, $" paging-cookie='{cookie}'")));

        Assert.Equal(new[] { "w2", "w3" }, Names(second.Entities));
    }
}
