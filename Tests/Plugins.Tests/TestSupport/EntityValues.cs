using System;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Plugins.Tests.TestSupport
{
    /// <summary>Reads typed values from a stored row in tests; a missing value fails the test with the column's name.</summary>
    internal static class EntityValues
    {
        public static int Choice(this Entity row, string column) =>
            row.GetAttributeValue<OptionSetValue>(column)?.Value ?? throw new Xunit.Sdk.XunitException("No value in " + column);

        public static decimal MoneyValue(this Entity row, string column) =>
            row.GetAttributeValue<Money>(column)?.Value ?? throw new Xunit.Sdk.XunitException("No value in " + column);

        public static Guid RefId(this Entity row, string column) =>
            row.GetAttributeValue<EntityReference>(column)?.Id ?? throw new Xunit.Sdk.XunitException("No value in " + column);
    }
}
