using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The SDK value types a serialized attribute or parameter value may hold (DataContract known types).</summary>
    internal static class KnownParameterTypes
    {
        internal static IEnumerable<Type> All() => new[]
        {
            typeof(Entity), typeof(EntityReference), typeof(EntityCollection), typeof(EntityReferenceCollection),
            typeof(OptionSetValue), typeof(OptionSetValueCollection), typeof(Money), typeof(AliasedValue),
            typeof(Relationship), typeof(ColumnSet), typeof(QueryExpression), typeof(QueryByAttribute),
            typeof(FetchExpression), typeof(PagingInfo), typeof(EntityImageCollection), typeof(EntityImageCollection[]),
            typeof(EntityMetadata), typeof(EntityMetadata[]), typeof(EntityFilters),
            typeof(Guid[]), typeof(string[]), typeof(int[]), typeof(object[]), typeof(DateTime),
        };
    }
}
