using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.Registration;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// The shipped plugin DLL, read from its metadata: ASM001 readable .NET assembly, ASM002 strong-name signed,
    /// ASM003 .NET Framework (ASM007, warning: a version other than 4.6.2), ASM004 references only what the sandbox supplies:
    /// the framework and Microsoft.Xrm.Sdk 9.0.0.0 (ASM006, info: another version of an SDK assembly, which binds to the
    /// platform's copy), ASM005 its identity and plugin types match the XML that registers it.
    /// </summary>
    internal static class PluginAssemblyRules
    {
        private const string File = "customizations.xml";
        private const string SdkReference = "Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";
        private static readonly string[] FrameworkTokens = { "b77a5c561934e089", "b03f5f7f11d50a3a", "31bf3856ad364e35", "cc7b13ffcd2ddd51" };

        public static void Check(CheckContext context)
        {
            foreach (var assembly in context.Customizations.Elements("SolutionPluginAssemblies").Elements("PluginAssembly"))
            {
                var part = SolutionPackage.ToZipPath(assembly.Element("FileName")?.Value ?? string.Empty);
                if (!context.Package.Parts.TryGetValue(part, out var bytes))
                {
                    continue; // ZIP004 reports the missing part
                }

                var info = Read(bytes, out var error);
                if (info is null)
                {
                    context.Report(assembly, File, "ASM001", $"{part} cannot be read as a .NET assembly: {error}", "ship the compiled plugin DLL (funnel pack builds and copies it)");
                    continue;
                }

                if (!info.IsStrongNameSigned || info.PublicKeyToken is null)
                {
                    context.Report(assembly, File, "ASM002", $"{info.Name} is not strong-name signed", "sign the plugin project (SignAssembly with the .snk)");
                }

                switch (FrameworkRule(info.TargetFramework))
                {
                    case "ASM003":
                        context.Report(assembly, File, "ASM003", $"{info.Name} targets '{info.TargetFramework}', Dataverse runs .NET Framework 4.6.2: the sandbox cannot load it", "ship the net462 build");
                        break;
                    case "ASM007":
                        context.Report(assembly, File, "ASM007", $"{info.Name} targets '{info.TargetFramework}', Dataverse runs .NET Framework 4.6.2: an API newer than 4.6.2 fails when the step runs", "target net462");
                        break;
                }

                foreach (var reference in info.ReferencedAssemblies)
                {
                    switch (ReferenceRule(reference))
                    {
                        case "ASM006":
                            context.Report(assembly, File, "ASM006", $"{info.Name} references {reference}, an SDK assembly the sandbox supplies in its own version; the plugin binds to that copy", "nothing to fix; reference version 9.0.0.0 to compile against what runs");
                            break;
                        case "ASM004":
                            context.Report(assembly, File, "ASM004", $"{info.Name} references {reference}, which the sandbox does not supply: the step fails to load it when it runs (a plugin may reference only the framework and the SDK, e.g. {SdkReference})", "remove the dependency (or merge it into the plugin)");
                            break;
                    }
                }

                var declared = assembly.Attribute("FullName")?.Value;
                if (!string.Equals(declared, info.FullName, StringComparison.Ordinal))
                {
                    context.Report(assembly.Attribute("FullName") ?? (XObject)assembly, File, "ASM005", $"FullName '{declared}' does not match the DLL's identity '{info.FullName}'", "regenerate the assembly definition from the DLL (funnel pack)");
                }

                foreach (var type in assembly.Elements("PluginTypes").Elements("PluginType"))
                {
                    var typeName = (type.Attribute("AssemblyQualifiedName")?.Value ?? string.Empty).Split(',')[0].Trim();
                    if (!info.PluginTypeNames.Contains(typeName, StringComparer.Ordinal))
                    {
                        context.Report(type, File, "ASM005", $"plugin type '{typeName}' is not an IPlugin class of {info.Name}", "remove the plugin type or ship the DLL that contains it");
                    }
                }
            }
        }

        /// <summary>The rule a target framework breaks: ASM003 not .NET Framework, ASM007 not 4.6.2, null for net462.</summary>
        internal static string? FrameworkRule(string? targetFramework) =>
            targetFramework is null || !targetFramework.StartsWith(".NETFramework,", StringComparison.Ordinal) ? "ASM003"
            : targetFramework != ".NETFramework,Version=v4.6.2" ? "ASM007"
            : null;

        /// <summary>The rule a referenced assembly breaks: null when the sandbox supplies it, ASM006 for another SDK version, else ASM004.</summary>
        internal static string? ReferenceRule(string reference) =>
            IsAllowed(reference) ? null : IsSuppliedSdk(reference) ? "ASM006" : "ASM004";

        /// <summary>Microsoft.Xrm.Sdk, Microsoft.Crm.Sdk.Proxy or Microsoft.Xrm.Sdk.Workflow, Microsoft-signed, at any version: the platform supplies them.</summary>
        private static bool IsSuppliedSdk(string reference)
        {
            var parts = reference.Split(',').Select(p => p.Trim()).ToList();
            return parts[0] is "Microsoft.Xrm.Sdk" or "Microsoft.Crm.Sdk.Proxy" or "Microsoft.Xrm.Sdk.Workflow"
                   && parts.Contains("PublicKeyToken=31bf3856ad364e35", StringComparer.OrdinalIgnoreCase);
        }

        private static bool IsAllowed(string reference)
        {
            if (string.Equals(reference, SdkReference, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var name = reference.Split(',')[0].Trim();
            var token = reference.Split(',').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("PublicKeyToken=", StringComparison.OrdinalIgnoreCase))?["PublicKeyToken=".Length..];
            var frameworkName = name is "mscorlib" or "System" or "netstandard" || name.StartsWith("System.", StringComparison.Ordinal);
            return frameworkName && token is not null && FrameworkTokens.Contains(token.ToLowerInvariant());
        }

        private static PluginAssemblyInfo? Read(byte[] bytes, out string error)
        {
            var path = Path.Combine(Path.GetTempPath(), "df-check-" + Guid.NewGuid().ToString("N") + ".dll");
            try
            {
                System.IO.File.WriteAllBytes(path, bytes);
                error = string.Empty;
                return PluginAssemblyReader.Read(path);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                error = e.Message;
                return null;
            }
            finally
            {
                System.IO.File.Delete(path);
            }
        }
    }
}
