using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query.Fetch;

/// <summary>
/// Reads FetchXML into a <see cref="FetchQuery"/>, checking every table, column, operator and value against metadata
/// first, so a bad query faults before a row is read. Elements and attributes follow Fetch.xsd.
/// </summary>
// FetchXML reference: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/
internal sealed class FetchXmlParser
{
    private readonly MetadataModel _metadata;
    private readonly TableMetadata _main;
    private readonly bool _aggregate;
    private readonly Dictionary<XElement, string> _linkAliases = new();
    private readonly Dictionary<string, TableMetadata> _aliasTables = new(StringComparer.Ordinal);
    private readonly List<FetchColumn> _columns = new();
    private readonly List<(string Alias, bool Descending)> _aliasOrders = new();

    private FetchXmlParser(MetadataModel metadata, TableMetadata main, bool aggregate)
    {
        _metadata = metadata;
        _main = main;
        _aggregate = aggregate;
    }

    public static FetchQuery Parse(string? xml, MetadataModel metadata)
    {
        var root = Load(xml);
        if (root.Name.LocalName != "fetch") throw InvalidXml($"The FetchXML root element is <{root.Name.LocalName}>; it must be <fetch>.");
        foreach (var child in root.Elements())
        {
            if (child.Name.LocalName != "entity") throw InvalidXml($"<{child.Name.LocalName}> is not valid inside <fetch>.");
        }

        var entities = root.Elements().ToList();
        if (entities.Count != 1) throw InvalidXml($"A fetch needs exactly one <entity> element; this one has {entities.Count}.");
        var entity = entities[0];
        var name = (string?)entity.Attribute("name") ?? throw Faults.Create(ErrorCodes.QueryBuilderNoEntity, "Entity Name was not specified in FetchXml String.");
        var table = metadata.FindTable(name) ?? throw Faults.UnknownTable(name);

        var parser = new FetchXmlParser(metadata, table, Bool(root, "aggregate"));
        var query = new QueryExpression(name) { ColumnSet = new ColumnSet(false), Distinct = Bool(root, "distinct"), TopCount = Int(root, "top") };
        ReadPaging(root, query);
        parser.CollectAliases(entity);
        parser.ReadBody(entity, table, null, query.ColumnSet, query.Criteria, query.Orders, query.LinkEntities);
        return parser.Finish(query, Int(root, "aggregatelimit"));
    }

    private static XElement Load(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml)) throw InvalidXml("The FetchXML is empty.");
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml!), settings);
            return XElement.Load(reader);
        }
        catch (XmlException e)
        {
            throw InvalidXml($"The FetchXML is not well-formed XML: {e.Message}");
        }
    }

    // Paging attributes: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results
    private static void ReadPaging(XElement root, QueryExpression query)
    {
        var count = Int(root, "count");
        var page = Int(root, "page");
        var cookie = (string?)root.Attribute("paging-cookie");
        var total = Bool(root, "returntotalrecordcount");
        if (count is null && page is null && cookie is null && !total) return;
        query.PageInfo = new PagingInfo { Count = count ?? (page is null ? 0 : 5000), PageNumber = page ?? 1, PagingCookie = cookie, ReturnTotalRecordCount = total };
    }

    /// <summary>Names every link-entity first (its alias, or table name + n as the platform does), so conditions anywhere may use it.</summary>
    private void CollectAliases(XElement entity)
    {
        foreach (var link in entity.Descendants().Where(e => e.Name.LocalName == "link-entity"))
        {
            var name = (string?)link.Attribute("name") ?? throw InvalidXml("A <link-entity> needs a name.");
            var table = _metadata.FindTable(name) ?? throw Faults.UnknownTable(name);
            var alias = (string?)link.Attribute("alias");
            if (alias is null)
            {
                var n = 1;
                while (_aliasTables.ContainsKey(name + n)) n++;
                alias = name + n;
            }

            if (_aliasTables.ContainsKey(alias)) throw Faults.Invalid($"The link-entity alias '{alias}' is used twice in one fetch.");
            _aliasTables.Add(alias, table);
            _linkAliases[link] = alias;
        }
    }

    private void ReadBody(XElement element, TableMetadata table, string? tableAlias, ColumnSet columns, FilterExpression criteria, DataCollection<OrderExpression> orders, DataCollection<LinkEntity> links)
    {
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "attribute":
                    ReadAttribute(child, table, tableAlias, columns);
                    break;
                case "all-attributes":
                    if (_aggregate) throw Faults.Invalid("<all-attributes> cannot be used in an aggregate fetch; name each groupby or aggregate attribute.");
                    columns.AllColumns = true;
                    break;
                case "filter":
                    criteria.Filters.Add(ReadFilter(child, table, tableAlias));
                    break;
                case "order":
                    ReadOrder(child, orders);
                    break;
                case "link-entity":
                    links.Add(ReadLink(child, table));
                    break;
                default:
                    throw InvalidXml($"<{child.Name.LocalName}> is not valid inside <{element.Name.LocalName}>.");
            }
        }
    }

    // Aggregates and groups: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data
    // Aliased plain columns come back as AliasedValue: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/select-columns#column-aliases
    private void ReadAttribute(XElement element, TableMetadata table, string? tableAlias, ColumnSet columns)
    {
        var name = (string?)element.Attribute("name") ?? throw InvalidXml("An <attribute> needs a name.");
        var column = table.FindColumn(name) ?? throw Faults.UnknownColumn(table.LogicalName, name);
        var alias = (string?)element.Attribute("alias");
        var aggregateName = (string?)element.Attribute("aggregate");
        var groupBy = Bool(element, "groupby");
        var grouping = FetchDateGroupingValues.Parse((string?)element.Attribute("dategrouping"));
        if (!_aggregate)
        {
            if (aggregateName is not null || groupBy) throw Faults.Invalid($"The attribute '{name}' has aggregate or groupby, which need aggregate='true' on <fetch>.");
            if (!columns.Columns.Contains(name)) columns.AddColumn(name);
            if (alias is not null) _columns.Add(new FetchColumn(alias, tableAlias, table, column, FetchAggregate.None, null, false));
            return;
        }

        var function = groupBy ? FetchAggregate.GroupBy : aggregateName switch
        {
            "count" => FetchAggregate.Count,
            "countcolumn" => FetchAggregate.CountColumn,
            "sum" => FetchAggregate.Sum,
            "avg" => FetchAggregate.Avg,
            "min" => FetchAggregate.Min,
            "max" => FetchAggregate.Max,
            null => throw Faults.Invalid($"The attribute '{name}' of an aggregate fetch must be groupby='true' or have an aggregate."),
            _ => throw InvalidXml($"aggregate '{aggregateName}' on attribute '{name}' is not valid; use count, countcolumn, sum, avg, min or max."),
        };
        if (function != FetchAggregate.GroupBy && alias is null) throw Faults.Invalid($"The aggregate attribute '{name}' needs an alias.");
        if (grouping is not null && (function != FetchAggregate.GroupBy || column.Type != ColumnType.DateTime))
        {
            throw Faults.Invalid($"dategrouping on '{name}' needs groupby='true' on a date and time column.");
        }

        var numeric = column.Type is ColumnType.Integer or ColumnType.Decimal or ColumnType.Double or ColumnType.Money;
        if (function is FetchAggregate.Sum or FetchAggregate.Avg && !numeric) throw Faults.Invalid($"aggregate '{aggregateName}' needs a number or currency column; '{name}' is {column.Type}.");
        if (function is FetchAggregate.Min or FetchAggregate.Max && !numeric && column.Type != ColumnType.DateTime)
        {
            throw Faults.Invalid($"aggregate '{aggregateName}' needs a number, currency or date column; '{name}' is {column.Type}.");
        }

        var key = alias ?? name;
        if (_columns.Any(c => c.Alias == key)) throw Faults.Invalid($"The alias '{key}' is used twice in one fetch.");
        _columns.Add(new FetchColumn(key, tableAlias, table, column, function, grouping, Bool(element, "distinct")));
    }

    // Filters and conditions: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows
    private FilterExpression ReadFilter(XElement element, TableMetadata table, string? tableAlias)
    {
        var filter = new FilterExpression((string?)element.Attribute("type") switch
        {
            null or "and" => LogicalOperator.And,
            "or" => LogicalOperator.Or,
            var other => throw InvalidXml($"Filter type '{other}' is not valid; use and or or."),
        });
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "condition":
                    filter.Conditions.Add(ReadCondition(child, table, tableAlias));
                    break;
                case "filter":
                    filter.Filters.Add(ReadFilter(child, table, tableAlias));
                    break;
                case "link-entity":
                    throw Faults.Invalid("A <link-entity> inside a <filter> (exists, any, not-any) is not supported by the in-memory org.");
                default:
                    throw InvalidXml($"<{child.Name.LocalName}> is not valid inside <filter>.");
            }
        }

        return filter;
    }

    private ConditionExpression ReadCondition(XElement element, TableMetadata table, string? tableAlias)
    {
        var name = (string?)element.Attribute("attribute") ?? throw InvalidXml("A <condition> needs an attribute.");
        var entityName = (string?)element.Attribute("entityname");
        var owner = entityName is null ? table : TableOf(entityName);
        var column = owner.FindColumn(name) ?? throw Faults.UnknownColumn(owner.LogicalName, name);
        if (element.Attribute("valueof") is not null) throw Faults.Invalid($"Column comparison (valueof) on '{name}' is not supported by the in-memory org.");
        var op = FetchOperators.Parse((string?)element.Attribute("operator"), name);

        var texts = new List<string>();
        if ((string?)element.Attribute("value") is string single) texts.Add(single);
        foreach (var value in element.Elements())
        {
            if (value.Name.LocalName != "value") throw InvalidXml($"<{value.Name.LocalName}> is not valid inside <condition>.");
            texts.Add(value.Value);
        }

        var values = texts.Select(t => FetchValues.Read(t, op, owner, column)).ToArray();
        return new ConditionExpression(name, op, values) { EntityName = entityName ?? tableAlias };
    }

    private TableMetadata TableOf(string alias)
    {
        if (_aliasTables.TryGetValue(alias, out var table)) return table;
        if (alias == _main.LogicalName) return _main;
        throw Faults.Invalid($"The condition's entityname '{alias}' names no link-entity alias in this fetch.");
    }

    // Ordering: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/order-rows
    private void ReadOrder(XElement element, DataCollection<OrderExpression> orders)
    {
        var attribute = (string?)element.Attribute("attribute");
        var alias = (string?)element.Attribute("alias");
        var descending = Bool(element, "descending");
        if (_aggregate)
        {
            if (alias is null) throw Faults.Invalid($"An aggregate fetch orders by alias; the order on attribute '{attribute}' has none.");
            _aliasOrders.Add((alias, descending));
            return;
        }

        if (attribute is null) throw Faults.Invalid($"The order on alias '{alias}' needs an aggregate fetch; order a plain fetch by attribute.");
        // entityname on an entity's order sorts by a link-entity's column before the link's own orders.
        orders.Add(new OrderExpression(attribute, descending ? OrderType.Descending : OrderType.Ascending) { EntityName = (string?)element.Attribute("entityname") });
    }

    // Joins: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/join-tables
    private LinkEntity ReadLink(XElement element, TableMetadata parent)
    {
        var name = (string)element.Attribute("name")!;
        var from = (string?)element.Attribute("from");
        var to = (string?)element.Attribute("to");
        if (from is null || to is null) throw Faults.Invalid($"The link-entity '{name}' needs both from and to.");
        var join = (string?)element.Attribute("link-type") switch
        {
            null or "inner" => JoinOperator.Inner,
            "outer" => JoinOperator.LeftOuter,
            var other => throw Faults.Invalid($"link-type '{other}' on link-entity '{name}' is not supported by the in-memory org; use inner or outer."),
        };
        var alias = _linkAliases[element];
        var table = _aliasTables[alias];
        // In FetchXML "from" is the linked table's column and "to" the parent's.
        var link = new LinkEntity(parent.LogicalName, name, to, from, join) { EntityAlias = alias, Columns = new ColumnSet(false) };
        ReadBody(element, table, alias, link.Columns, link.LinkCriteria, link.Orders, link.LinkEntities);
        return link;
    }

    private FetchQuery Finish(QueryExpression query, int? aggregateLimit)
    {
        if (_aggregate && _columns.Count == 0) throw Faults.Invalid("An aggregate fetch needs at least one groupby or aggregate attribute.");
        foreach (var (alias, _) in _aliasOrders)
        {
            if (!_columns.Any(c => c.Alias == alias)) throw Faults.Invalid($"The order names alias '{alias}', which no attribute of the fetch has.");
        }

        return new FetchQuery(query, _aggregate, aggregateLimit, _columns, _aliasOrders);
    }

    private static bool Bool(XElement element, string name) => (string?)element.Attribute(name) switch
    {
        null or "false" or "0" => false,
        "true" or "1" => true,
        var other => throw InvalidXml($"'{other}' is not a valid value for {name}; use true or false."),
    };

    private static int? Int(XElement element, string name)
    {
        var text = (string?)element.Attribute(name);
        if (text is null) return null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw InvalidXml($"'{text}' is not a valid value for {name}; use a whole number.");
    }

    private static Exception InvalidXml(string message) => Faults.Create(ErrorCodes.InvalidXml, message);
}
