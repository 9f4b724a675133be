using System.Linq;
using System.Xml.Linq;
using System.Text.RegularExpressions;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// ROLE001: a table privilege (prvCreate/Read/Write/Delete/Append/AppendTo/Assign/Share + logical name) on a table with the
    /// publisher's prefix names a table of the solution — a typo here imports as a silently missing permission. Other tables
    /// outside the solution and the core list are REF001 (info): import checks them.
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
                var role = privilege.Parent?.Parent?.Attribute("name")?.Value;
                context.ReportTableReference(privilege, "customizations.xml", "ROLE001", table, $"role '{role}' privilege '{name}' names table '{table}', which carries the publisher's prefix but is not in the solution",
                    "use prv<Action><table logical name> of a table in the solution (e.g. prvReadbowtie_journey)");
            }
        }
    }
}
