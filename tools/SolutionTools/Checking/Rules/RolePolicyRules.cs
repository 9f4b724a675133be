using System.Linq;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// ROLE002: no role holds a privilege at a depth wider than the solution's declared least-privilege policy
    /// (<see cref="RolePolicy"/>). Runs only when a policy is given: a SolutionPackager folder's own RolePolicy.xml, or
    /// <c>--role-policy</c>.
    /// </summary>
    internal static class RolePolicyRules
    {
        public static void Check(CheckContext context)
        {
            if (context.RolePolicy is not { } policy)
            {
                return;
            }

            foreach (var role in context.Customizations.Elements("Roles").Elements("Role"))
            {
                var name = role.Attribute("name")?.Value ?? string.Empty;
                foreach (var privilege in role.Elements("RolePrivileges").Elements("RolePrivilege"))
                {
                    var privilegeName = privilege.Attribute("name")?.Value ?? string.Empty;
                    var level = privilege.Attribute("level")?.Value ?? string.Empty;
                    var breach = policy.Breach(name, privilegeName, level);
                    if (breach is not null)
                    {
                        context.Report(privilege, "customizations.xml", "ROLE002", $"role '{name}' grants '{privilegeName}' at {level}; {breach}",
                            "narrow the level (or remove the privilege), or change the policy with a reason if the role truly needs it");
                    }
                }
            }
        }
    }
}
