using System.Collections.Generic;

namespace DataverseFunnel.Registration
{
    /// <summary>What the packer and the checker need to know about a built plugin assembly, read without loading it.</summary>
    public sealed record PluginAssemblyInfo(
        string FullName,
        string Name,
        string Version,
        string? PublicKeyToken,
        bool IsStrongNameSigned,
        string? TargetFramework,
        IReadOnlyList<string> ReferencedAssemblies,
        IReadOnlyList<string> PluginTypeNames,
        IReadOnlyList<StepDefinition> Steps);
}
