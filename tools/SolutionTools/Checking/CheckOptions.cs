using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Checking
{
    /// <summary>How to check a zip or folder.</summary>
    public sealed class CheckOptions
    {
        /// <summary>The 9.0.0.2090 schema folder; null to look in DATAVERSE_SCHEMAS, then beside the repository.</summary>
        public string? SchemasDirectory { get; init; }

        /// <summary>An earlier version (zip or folder) the checked solution must upgrade (UPG rules); null: no upgrade check.</summary>
        public string? UpgradesFrom { get; init; }
        /// <summary>
        /// The least-privilege policy file for ROLE002; null to use a SolutionPackager folder's own
        /// <see cref="RolePolicy.FileName"/> (a zip has none: without this option its roles are not held to a policy).
        /// </summary>
        public string? RolePolicyFile { get; init; }

        /// <summary>How a folder is packed (in memory) before it is checked.</summary>
        public PackOptions Pack { get; init; } = new();
    }
}
