using System.Linq;
using System.Xml.Linq;
using System.Text.RegularExpressions;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// ROLE001: a table privilege (prvCreate/Read/Write/Delete/Append/AppendTo/Assign/Share + logical name) names a table
    /// of the solution or a core table — a typo here imports as a silently missing permission.
    /// </summary>
    internal static class RolePrivilegeRules
    {
        private static readonly Regex TablePrivilege = new("^prv(Create|Read|Write|Delete|AppendTo|Append|Assign|Share)(?<table>.+)$", RegexOptions.CultureInvariant);

        public static void Check(CheckContext context)
        {
            foreach (var privilege in context.Customizations.Elements("Roles").Elements("Role").Elements("RolePrivileges").Elements("RolePrivilege"))
            {
                var name = privilege.Attribute("name")?.Value ?? string.Empty;
                var match = TablePrivilege.Match(name);
                if (!match.Success)
                {
                    continue; // miscellaneous privileges (prvExportToExcel…) are not about a table
                }

                var table = match.Groups["table"].Value.ToLowerInvariant();
                if (!context.Tables.ContainsKey(table) && !KnownCoreTables.Contains(table))
                {
                    var role = privilege.Parent?.Parent?.Attribute("name")?.Value;
                    context.Report(privilege, "customizations.xml", "ROLE001", $"role '{role}' privilege '{name}' names table '{table}', which is neither in the solution nor a core table",
                        "use prv<Action><table logical name> of a table in the solution (e.g. prvReadbowtie_journey)");
                }
            }
        }
    }
}
