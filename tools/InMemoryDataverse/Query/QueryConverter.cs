using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query;

/// <summary>Turns QueryExpression and QueryByAttribute into a QueryExpression (FetchXML goes through Fetch/FetchXmlParser).</summary>
internal static class QueryConverter
{
    public static QueryExpression ToExpression(QueryBase? query)
    {
        switch (query)
        {
            case QueryExpression expression:
                return expression;
            case QueryByAttribute byAttribute:
                if (byAttribute.Attributes.Count != byAttribute.Values.Count)
                {
                    throw Faults.Invalid("QueryByAttribute needs one value per attribute.");
                }

                var converted = new QueryExpression(byAttribute.EntityName) { ColumnSet = byAttribute.ColumnSet, TopCount = byAttribute.TopCount, PageInfo = byAttribute.PageInfo };
                for (var i = 0; i < byAttribute.Attributes.Count; i++)
                {
                    var value = byAttribute.Values[i];
                    converted.Criteria.AddCondition(value is null
                        ? new ConditionExpression(byAttribute.Attributes[i], ConditionOperator.Null)
                        : new ConditionExpression(byAttribute.Attributes[i], ConditionOperator.Equal, value));
                }

                foreach (var order in byAttribute.Orders) converted.Orders.Add(order);
                return converted;
            default:
                throw Faults.Invalid("RetrieveMultiple needs a query (QueryExpression, QueryByAttribute or FetchExpression).");
        }
    }
}
