using System;
using System.Collections.Generic;

namespace DataverseFunnel.SolutionTools.Checking
{
    /// <summary>
    /// Columns Dataverse gives a table itself (ownership, audit, state, versioning, its id), so a form or view may name them
    /// although an export does not always list them in the table's definition. No learn.microsoft.com page lists them in one
    /// place (a known gap, see README): these are the columns every custom table of the real-export corpus carries.
    /// </summary>
    internal static class KnownSystemColumns
    {
        private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
        {
            "createdby", "createdon", "createdonbehalfby", "modifiedby", "modifiedon", "modifiedonbehalfby", "ownerid", "owningbusinessunit",
            "owningteam", "owninguser", "statecode", "statuscode", "versionnumber", "importsequencenumber", "overriddencreatedon",
            "timezoneruleversionnumber", "utcconversiontimezonecode", "organizationid", "transactioncurrencyid", "exchangerate",
        };

        public static bool Contains(string column, string table) =>
            Names.Contains(column) || string.Equals(column, table + "id", StringComparison.OrdinalIgnoreCase);
    }
}
