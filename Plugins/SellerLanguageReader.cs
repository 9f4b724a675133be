using DataverseFunnel.Plugins.Bowtie.Localization;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.Plugins
{
    /// <summary>
    /// The language to refuse a save in: the initiating user's UI language, usersettings.uilanguageid (usersettings is
    /// keyed by systemuserid: https://learn.microsoft.com/en-us/power-apps/developer/data-platform/reference/entities/usersettings).
    /// Read as SYSTEM, only when a message is about to be shown; no row or another language means English.
    /// </summary>
    internal static class SellerLanguageReader
    {
        public const string Table = "usersettings";
        public const string UserColumn = "systemuserid";
        public const string LanguageColumn = "uilanguageid";

        public static SellerLanguage Read(LocalPluginContext local)
        {
            var query = new QueryExpression(Table) { ColumnSet = new ColumnSet(LanguageColumn), TopCount = 1 };
            query.Criteria.AddCondition(UserColumn, ConditionOperator.Equal, local.Context.InitiatingUserId);
            var rows = local.SystemService.RetrieveMultiple(query).Entities;
            var language = rows.Count == 0 ? null : rows[0].GetAttributeValue<int?>(LanguageColumn);
            local.Trace("Seller language: " + (language?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none set"));
            return SellerLanguages.FromLanguageId(language);
        }
    }
}
