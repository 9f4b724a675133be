using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.XrmSdk.Tests.Query
{
    public class QueryTests
    {
        [Fact]
        public void ConditionExpression_StringArray_BecomesSeveralValues()
        {
            string[] values = { "Value1", "Value2" };

            var condition = new ConditionExpression("name", ConditionOperator.In, values);

            Assert.Equal(2, condition.Values.Count);
        }

        [Fact]
        public void ConditionExpression_ArrayTypedAsObject_BecomesOneValue()
        {
            object value = new[] { "Value1", "Value2" };

            var condition = new ConditionExpression("name", ConditionOperator.In, value);

            Assert.Single(condition.Values);
        }

        [Fact]
        public void ConditionExpression_IntArray_BindsToCollectionOverload()
        {
            // int[] is not an object[], so it binds to the ICollection overload and each element becomes a value.
            var condition = new ConditionExpression("bowtie_stage", ConditionOperator.In, new[] { 1, 2 });

            Assert.Equal(new object[] { 1, 2 }, condition.Values);
        }

        [Fact]
        public void ConditionExpression_CompareColumns_KeepsFlagAndColumnName()
        {
            var condition = new ConditionExpression("bowtie_mrr", ConditionOperator.GreaterThan, true, "bowtie_ltv");

            Assert.True(condition.CompareColumns);
            Assert.Equal("bowtie_ltv", condition.Values[0]);
        }

        [Fact]
        public void FilterExpressionAddCondition_CompareColumns_AddsColumnComparison()
        {
            var filter = new FilterExpression();

            filter.AddCondition("bowtie_mrr", ConditionOperator.LessThan, true, "bowtie_arr");

            Assert.True(filter.Conditions[0].CompareColumns);
            Assert.Equal("bowtie_arr", filter.Conditions[0].Values[0]);
        }

        [Fact]
        public void FilterExpression_AddFilter_ReturnsAttachedChild()
        {
            var filter = new FilterExpression();

            var child = filter.AddFilter(LogicalOperator.Or);
            child.AddCondition("statecode", ConditionOperator.Equal, 0);

            Assert.Same(child, filter.Filters[0]);
            Assert.Equal(LogicalOperator.And, filter.FilterOperator);
            Assert.Equal(0, child.Conditions[0].Values[0]);
        }

        [Fact]
        public void QueryExpression_AddLink_LinksFromQueriedTable()
        {
            var query = new QueryExpression("bowtie_journey");

            var link = query.AddLink("account", "bowtie_customerid", "accountid", JoinOperator.LeftOuter);

            Assert.Equal("bowtie_journey", link.LinkFromEntityName);
            Assert.Equal("account", link.LinkToEntityName);
            Assert.Equal(JoinOperator.LeftOuter, link.JoinOperator);
            Assert.Same(link, query.LinkEntities[0]);
        }

        [Fact]
        public void LinkEntity_AddLink_LinksFromLinkedTable()
        {
            var link = new LinkEntity("bowtie_journey", "account", "bowtie_customerid", "accountid", JoinOperator.Inner);

            var nested = link.AddLink("contact", "primarycontactid", "contactid");

            Assert.Equal("account", nested.LinkFromEntityName);
            Assert.Equal(JoinOperator.Inner, nested.JoinOperator);
        }

        [Fact]
        public void QueryExpression_Defaults_NoColumnsAndEmptyCriteria()
        {
            var query = new QueryExpression("account");

            Assert.False(query.ColumnSet.AllColumns);
            Assert.Empty(query.ColumnSet.Columns);
            Assert.Empty(query.Criteria.Conditions);
            Assert.Null(query.TopCount);
        }

        [Fact]
        public void QueryByAttribute_AddAttributeValue_KeepsPairsAligned()
        {
            var query = new QueryByAttribute("account");

            query.AddAttributeValue("name", "Contoso");
            query.AddOrder("name", OrderType.Descending);

            Assert.Equal("name", query.Attributes[0]);
            Assert.Equal("Contoso", query.Values[0]);
            Assert.Equal(OrderType.Descending, query.Orders[0].OrderType);
        }

        [Fact]
        public void ColumnSet_Params_AddsColumns()
        {
            var columns = new ColumnSet("name", "bowtie_stage");

            columns.AddColumn("bowtie_mrr");

            Assert.Equal(new[] { "name", "bowtie_stage", "bowtie_mrr" }, columns.Columns);
        }

        [Theory]
        [InlineData(ConditionOperator.Equal, 0)]
        [InlineData(ConditionOperator.NotNull, 13)]
        [InlineData(ConditionOperator.EqualUserId, 41)]
        [InlineData(ConditionOperator.Contains, 49)]
        [InlineData(ConditionOperator.BeginsWith, 54)]
        [InlineData(ConditionOperator.Under, 75)]
        [InlineData(ConditionOperator.Above, 78)]
        [InlineData(ConditionOperator.ContainValues, 87)]
        public void ConditionOperator_Value_MatchesDocumentation(ConditionOperator op, int value)
        {
            Assert.Equal(value, (int)op);
        }
    }
}
