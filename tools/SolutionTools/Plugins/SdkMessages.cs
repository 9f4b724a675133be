using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseFunnel.SolutionTools.Plugins
{
    /// <summary>
    /// SDK messages by their sdkmessageid, which is the same in every organization. A solution's step names its
    /// message only by this id, so the packer and the checker need the table; messages outside it are refused.
    /// </summary>
    public static class SdkMessages
    {
        private static readonly IReadOnlyDictionary<string, Guid> ByName = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase)
        {
            ["Assign"] = new("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["Create"] = new("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["Delete"] = new("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["Execute"] = new("a6bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["GrantAccess"] = new("c5bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["Merge"] = new("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["ModifyAccess"] = new("dcbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["Retrieve"] = new("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["RetrieveMultiple"] = new("03bebb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["RetrievePrincipalAccess"] = new("04bebb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["RetrieveSharedPrincipalsAndAccess"] = new("10bebb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["RevokeAccess"] = new("11bebb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["SetState"] = new("1cbebb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["SetStateDynamicEntity"] = new("1dbebb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["Update"] = new("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        };

        private static readonly IReadOnlyDictionary<Guid, string> ById = ByName.ToDictionary(p => p.Value, p => p.Key);

        public static bool TryGetId(string message, out Guid id) => ByName.TryGetValue(message, out id);

        public static bool TryGetName(Guid id, out string name) => ById.TryGetValue(id, out name!);

        /// <summary>The request property an image is taken from: the created id for Create, the moniker for SetState.</summary>
        public static string ImagePropertyName(string message) => message.ToLowerInvariant() switch
        {
            "create" => "Id",
            "setstate" or "setstatedynamicentity" => "EntityMoniker",
            _ => "Target",
        };
    }
}
