using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.WebApi.Http;
using DataverseFunnel.WebApi.Model;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.WebApi.OData;

/// <summary>
/// $select, $filter, $orderby, $top, $count and $expand of an entity-set GET, parsed by ODataLib's
/// <see cref="ODataQueryOptionParser"/> against the EDM model built from the org's metadata, then translated into a
/// QueryExpression the org runs (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/overview).
/// The supported filter operators are the Web API's: eq ne gt ge lt le and or not, contains startswith endswith, null
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows).
/// </summary>
internal static class QueryTranslator
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "$select", "$filter", "$orderby", "$top", "$count", "$expand", "$skiptoken", "fetchXml" };

    public static ODataQuery Translate(WebApiModel model, WebApiTable table, IDictionary<string, string> options)
    {
        foreach (var name in options.Keys)
        {
            if (name.StartsWith("$", StringComparison.Ordinal) && !Known.Contains(name))
            {
                throw new WebApiException(501, unchecked((int)0x80060888), $"The query parameter {name} is not supported");
            }
        }

        var parser = new ODataQueryOptionParser(model.Edm, table.EdmType, table.EdmSet, options.Where(o => o.Key.StartsWith("$", StringComparison.Ordinal) && o.Key != "$skiptoken").ToDictionary(o => o.Key, o => o.Value));
        var result = new ODataQuery(new QueryExpression(table.LogicalName) { ColumnSet = new ColumnSet(true) });
        Option("$filter", () =>
        {
            if (parser.ParseFilter() is { } filter) result.Query.Criteria.AddFilter(Filter(filter.Expression, negate: false));
        });
        Option("$orderby", () =>
        {
            if (parser.ParseOrderBy() is { } order) Orders(result.Query, order);
        });
        Option("$top", () => result.Top = (int?)parser.ParseTop());
        Option("$count", () => result.Count = parser.ParseCount() ?? false);
        Option("$select/$expand", () =>
        {
            if (parser.ParseSelectAndExpand() is { } selectExpand) SelectExpand(model, table, selectExpand, result);
        });

        if (result.Top is < 0) throw WebApiException.BadRequest("Invalid value for $top query option.");
        return result;
    }

    /// <summary>Runs one option's parse; ODataLib's message is prefixed with the option it is about.</summary>
    private static void Option(string name, Action parse)
    {
        try
        {
            parse();
        }
        catch (ODataException e)
        {
            throw WebApiException.BadRequest($"Invalid {name}: {e.Message}");
        }
    }

    /// <summary>The columns a $select names, or null when it selects all.</summary>
    public static IReadOnlyList<ColumnMetadata>? Columns(WebApiTable table, SelectExpandClause clause)
    {
        if (clause.AllSelected) return null;
        var columns = new List<ColumnMetadata>();
        foreach (var item in clause.SelectedItems.OfType<PathSelectItem>())
        {
            if (item.SelectedPath.LastSegment is PropertySegment property && table.ColumnOf(property.Property.Name) is { } column) columns.Add(column);
        }

        return columns;
    }

    private static void SelectExpand(WebApiModel model, WebApiTable table, SelectExpandClause clause, ODataQuery result)
    {
        result.Columns = Columns(table, clause);
        foreach (var item in clause.SelectedItems.OfType<ExpandedNavigationSelectItem>())
        {
            if (item.SelectAndExpand.SelectedItems.OfType<ExpandedNavigationSelectItem>().Any())
            {
                throw WebApiException.BadRequest("Only a single level of $expand is supported.");
            }

            var name = item.PathToNavigationProperty.LastSegment.Identifier;
            if (table.Navigation.TryGetValue(name, out var lookup))
            {
                var target = model.ByTable(lookup.Target)!;
                result.Expansions.Add(new Expansion(name, target.LogicalName, lookup.Column.LogicalName, null, Columns(target, item.SelectAndExpand)));
            }
            else if (table.Collections.TryGetValue(name, out var relationship))
            {
                var many = model.ByTable(relationship.ReferencingEntity)!;
                result.Expansions.Add(new Expansion(name, many.LogicalName, null, relationship, Columns(many, item.SelectAndExpand)));
            }
        }
    }

    private static void Orders(QueryExpression query, OrderByClause? order)
    {
        for (; order is not null; order = order.ThenBy)
        {
            var attribute = Attribute(order.Expression) ?? throw WebApiException.BadRequest("$orderby supports properties of the entity set only.");
            query.AddOrder(attribute, order.Direction == OrderByDirection.Ascending ? OrderType.Ascending : OrderType.Descending);
        }
    }

    private static FilterExpression Filter(SingleValueNode node, bool negate)
    {
        node = Unwrap(node);
        switch (node)
        {
            case UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } not:
                return Filter(not.Operand, !negate);
            case BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And or BinaryOperatorKind.Or } logical:
                // De Morgan: not (a and b) = not a or not b, so negation flips the operator.
                var and = (logical.OperatorKind == BinaryOperatorKind.And) != negate;
                var group = new FilterExpression(and ? LogicalOperator.And : LogicalOperator.Or);
                group.AddFilter(Filter(logical.Left, negate));
                group.AddFilter(Filter(logical.Right, negate));
                return group;
            default:
                var single = new FilterExpression(LogicalOperator.And);
                single.AddCondition(Condition(node, negate));
                return single;
        }
    }

    private static ConditionExpression Condition(SingleValueNode node, bool negate)
    {
        switch (node)
        {
            case BinaryOperatorNode binary:
            {
                var (attribute, value, flipped) = Attribute(binary.Left) is string left
                    ? (left, Constant(binary.Right), false)
                    : Attribute(binary.Right) is string right ? (right, Constant(binary.Left), true) : throw Unsupported();
                var kind = flipped ? Flip(binary.OperatorKind) : binary.OperatorKind;
                if (value is null)
                {
                    if (kind is not (BinaryOperatorKind.Equal or BinaryOperatorKind.NotEqual)) throw WebApiException.BadRequest("null can only be compared with eq or ne.");
                    return new ConditionExpression(attribute, (kind == BinaryOperatorKind.Equal) != negate ? ConditionOperator.Null : ConditionOperator.NotNull);
                }

                return new ConditionExpression(attribute, Operator(kind, negate), value);
            }

            case SingleValueFunctionCallNode call when call.Name is "contains" or "startswith" or "endswith":
            {
                var arguments = call.Parameters.ToArray();
                if (arguments.Length != 2 || Attribute((SingleValueNode)arguments[0]) is not string attribute || Constant((SingleValueNode)arguments[1]) is not string text) throw Unsupported();
                var escaped = EscapeLike(text);
                var pattern = call.Name switch { "contains" => "%" + escaped + "%", "startswith" => escaped + "%", _ => "%" + escaped };
                return new ConditionExpression(attribute, negate ? ConditionOperator.NotLike : ConditionOperator.Like, pattern);
            }

            case SingleValuePropertyAccessNode when Attribute(node) is string flag:
                return new ConditionExpression(flag, ConditionOperator.Equal, !negate);

            default:
                throw Unsupported();
        }
    }

    private static WebApiException Unsupported() =>
        WebApiException.BadRequest("The $filter uses an expression the Web API does not support here: compare a property with a literal (eq ne gt ge lt le), contains/startswith/endswith, and/or/not, null.");

    private static string EscapeLike(string text) => text.Replace("[", "[[]").Replace("%", "[%]").Replace("_", "[_]");

    private static ConditionOperator Operator(BinaryOperatorKind kind, bool negate) => (kind, negate) switch
    {
        (BinaryOperatorKind.Equal, false) or (BinaryOperatorKind.NotEqual, true) => ConditionOperator.Equal,
        (BinaryOperatorKind.NotEqual, false) or (BinaryOperatorKind.Equal, true) => ConditionOperator.NotEqual,
        (BinaryOperatorKind.GreaterThan, false) or (BinaryOperatorKind.LessThanOrEqual, true) => ConditionOperator.GreaterThan,
        (BinaryOperatorKind.GreaterThanOrEqual, false) or (BinaryOperatorKind.LessThan, true) => ConditionOperator.GreaterEqual,
        (BinaryOperatorKind.LessThan, false) or (BinaryOperatorKind.GreaterThanOrEqual, true) => ConditionOperator.LessThan,
        (BinaryOperatorKind.LessThanOrEqual, false) or (BinaryOperatorKind.GreaterThan, true) => ConditionOperator.LessEqual,
        _ => throw Unsupported(),
    };

    private static BinaryOperatorKind Flip(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
        _ => kind,
    };

    private static SingleValueNode Unwrap(SingleValueNode node) => node is ConvertNode convert ? Unwrap(convert.Source) : node;

    /// <summary>The column a property node names (<c>_x_value</c> → x), or null.</summary>
    private static string? Attribute(SingleValueNode node)
    {
        if (Unwrap(node) is not SingleValuePropertyAccessNode property) return null;
        var name = property.Property.Name;
        return name.StartsWith("_", StringComparison.Ordinal) && name.EndsWith("_value", StringComparison.Ordinal) ? name.Substring(1, name.Length - 7) : name;
    }

    private static object? Constant(SingleValueNode node)
    {
        if (Unwrap(node) is not ConstantNode constant) throw Unsupported();
        return constant.Value switch
        {
            DateTimeOffset offset => offset.UtcDateTime,
            DateOnly date => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            long number when number is >= int.MinValue and <= int.MaxValue => (int)number,
            ODataEnumValue enumValue => enumValue.Value,
            var value => value,
        };
    }
}
