using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Query.Fetch;
using DataverseFunnel.InMemory.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query;

/// <summary>
/// Runs a QueryExpression (or FetchXML, through Fetch/) over the store: joins (inner/outer link-entities, nested), filters (nested and/or groups),
/// ordering (stable, id as final tie-break), TopCount or paging with cookies, and column projection with clones.
/// </summary>
internal sealed class QueryEngine
{
    private readonly MetadataModel _metadata;
    private readonly InMemoryStore _store;
    private readonly InMemoryOrganizationOptions _options;

    public QueryEngine(MetadataModel metadata, InMemoryStore store, InMemoryOrganizationOptions options)
    {
        _metadata = metadata;
        _store = store;
        _options = options;
    }

    public InMemoryOrganizationOptions Options => _options;

    /// <summary>The table a query reads (FetchXML is parsed to find it), so the pipeline can fault before any step runs.</summary>
    public string TableOf(QueryBase? query) =>
        query is FetchExpression fetch ? FetchXmlParser.Parse(fetch.Query, _metadata).Query.EntityName : QueryConverter.ToExpression(query).EntityName;

    /// <summary>Runs any supported query: FetchXML (plain or aggregate), QueryExpression or QueryByAttribute.</summary>
    public EntityCollection Execute(QueryBase? query, DateTime nowUtc, Guid callerId) =>
        query is FetchExpression fetch
            ? FetchRunner.Execute(this, FetchXmlParser.Parse(fetch.Query, _metadata), nowUtc, callerId)
            : Execute(QueryConverter.ToExpression(query), nowUtc, callerId);

    public EntityCollection Execute(QueryExpression query, DateTime nowUtc, Guid callerId)
    {
        var selection = Select(query, nowUtc, callerId);
        if (!query.Distinct && selection.Links.Count == 0 && query.TopCount is null && query.PageInfo is { Count: > 0 })
        {
            // One table, paged: select the page's rows in order without sorting them all (a large table read 5,000 a page).
            var comparer = QueryOrdering.Comparer(query, selection.Table, selection.Aliases, selection.Links);
            return QueryPaging.Page(selection.Table, query, selection.Records, comparer, r => QueryProjection.Project(selection.Table, query.ColumnSet, r, selection.Links));
        }

        var sorted = QueryOrdering.Sort(selection.Records, query, selection.Table, selection.Aliases, selection.Links);
        if (!query.Distinct)
        {
            // Without distinct a row's place does not depend on its projection: clone only the rows of the page.
            return QueryPaging.Page(selection.Table, query, sorted, r => r.Main.Id, r => QueryProjection.Project(selection.Table, query.ColumnSet, r, selection.Links));
        }

        var projected = new List<Entity>(sorted.Count);
        var distinctKeys = query.Distinct ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var record in sorted)
        {
            var entity = QueryProjection.Project(selection.Table, query.ColumnSet, record, selection.Links);
            if (distinctKeys is null || distinctKeys.Add(QueryProjection.DistinctKey(entity))) projected.Add(entity);
        }

        return QueryPaging.Page(selection.Table, query, projected, e => e.Id, e => e);
    }

    /// <summary>Checks the query against metadata, then joins and filters: the rows a projection or an aggregate reads.</summary>
    public QuerySelection Select(QueryExpression query, DateTime nowUtc, Guid callerId)
    {
        var table = _metadata.FindTable(query.EntityName) ?? throw Faults.UnknownTable(query.EntityName);
        if (query.TopCount is not null && query.PageInfo is { Count: > 0 })
        {
            throw Faults.Invalid("The TopCount and PageInfo properties of a query cannot be used together.");
        }

        var aliases = new Dictionary<string, TableMetadata>(StringComparer.Ordinal);
        var links = PlanLinks(query.LinkEntities, null, table, aliases);
        var conditions = new ConditionEvaluator(nowUtc, callerId, _options.BusinessUnitId, _options.FiscalCalendar);
        var filter = new FilterMatcher(conditions, table, aliases);
        filter.Check(query.Criteria, null);
        QueryProjection.CheckColumns(table, query.ColumnSet);

        var records = new List<JoinedRecord>();
        if (links.Count == 0)
        {
            // No joins: filter while reading, so rows that fail never reach a list.
            foreach (var row in _store.Rows(table.LogicalName))
            {
                var record = new JoinedRecord(row);
                if (filter.Matches(query.Criteria, record, null)) records.Add(record);
            }

            return new QuerySelection(table, aliases, links, records);
        }

        foreach (var row in _store.Rows(table.LogicalName)) records.Add(new JoinedRecord(row));
        records = Join(records, links, filter);
        records = records.FindAll(r => filter.Matches(query.Criteria, r, null));
        return new QuerySelection(table, aliases, links, records);
    }

    private List<LinkPlan> PlanLinks(IEnumerable<LinkEntity> links, string? parentAlias, TableMetadata parent, Dictionary<string, TableMetadata> aliases)
    {
        var plans = new List<LinkPlan>();
        foreach (var link in links)
        {
            if (link.JoinOperator is not (JoinOperator.Inner or JoinOperator.LeftOuter or JoinOperator.Natural))
            {
                throw Faults.Invalid($"The join operator {link.JoinOperator} is not supported by the in-memory org; use Inner or LeftOuter.");
            }

            var table = _metadata.FindTable(link.LinkToEntityName) ?? throw Faults.UnknownTable(link.LinkToEntityName);
            if (parent.FindColumn(link.LinkFromAttributeName) is null) throw Faults.UnknownColumn(parent.LogicalName, link.LinkFromAttributeName);
            if (table.FindColumn(link.LinkToAttributeName) is null) throw Faults.UnknownColumn(table.LogicalName, link.LinkToAttributeName);
            var alias = link.EntityAlias ?? NextAlias(table.LogicalName, aliases);
            if (!aliases.TryAdd(alias, table)) throw Faults.Invalid($"The link-entity alias '{alias}' is used twice in one query.");
            QueryProjection.CheckColumns(table, link.Columns);
            var plan = new LinkPlan(link, alias, table, parentAlias, parent);
            plan.Children.AddRange(PlanLinks(link.LinkEntities, alias, table, aliases));
            plans.Add(plan);
        }

        return plans;
    }

    private static string NextAlias(string table, Dictionary<string, TableMetadata> aliases)
    {
        var n = 1;
        while (aliases.ContainsKey(table + n)) n++;
        return table + n;
    }

    private List<JoinedRecord> Join(List<JoinedRecord> records, List<LinkPlan> links, FilterMatcher filter)
    {
        foreach (var link in links)
        {
            filter.Check(link.Link.LinkCriteria, link.Alias);
            var joined = new List<JoinedRecord>(records.Count);
            var candidates = _store.Rows(link.Table.LogicalName);
            foreach (var record in records)
            {
                var parentValue = record.RowFor(link.ParentAlias)?.Get(link.Link.LinkFromAttributeName);
                var matched = false;
                if (parentValue is not null)
                {
                    foreach (var candidate in candidates)
                    {
                        var value = candidate.Get(link.Link.LinkToAttributeName);
                        if (value is null || !ValueComparison.AreEqual(parentValue, value)) continue;
                        var withLink = record.With(link.Alias, candidate);
                        if (!filter.Matches(link.Link.LinkCriteria, withLink, link.Alias)) continue;
                        joined.Add(withLink);
                        matched = true;
                    }
                }

                if (!matched && link.Link.JoinOperator == JoinOperator.LeftOuter) joined.Add(record.With(link.Alias, null));
            }

            records = Join(joined, link.Children, filter);
        }

        return records;
    }
}
