using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DataverseFunnel.Registration;
using DataverseFunnel.SolutionTools.Plugins;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>
    /// Packs a folder in the SolutionPackager / <c>pac solution unpack</c> layout into an unmanaged solution. Collects
    /// every problem (missing definition or payload, malformed XML) before failing, so one run shows them all.
    /// </summary>
    public static class SolutionPacker
    {
        /// <summary>Our plugin assembly's fixed id (pluginassemblyid), so re-imports update rather than duplicate it.</summary>
        public static readonly Guid PluginAssemblyId = new("8ddf5eda-6045-454e-8377-b8b711d162d3");

        private static readonly Regex VersionPattern = new(@"^\d+\.\d+\.\d+\.\d+$", RegexOptions.CultureInvariant);

        /// <summary>Packs to <c>outDirectory/UniqueName_a_b_c_d.zip</c> and returns the zip's full path.</summary>
        public static string PackToDirectory(string folder, string outDirectory, PackOptions options)
        {
            var package = Pack(folder, options);
            return SolutionZip.WriteToDirectory(package, outDirectory);
        }

        /// <summary>Packs in memory. Throws <see cref="PackException"/> listing every problem (<see cref="NotASolutionFolderException"/> when there is no Other/Solution.xml).</summary>
        public static SolutionPackage Pack(string folder, PackOptions options)
        {
            if (!Directory.Exists(folder))
            {
                throw new PackException(new[] { new PackProblem(folder, "folder not found") });
            }

            if (!File.Exists(Path.Combine(folder, "Other", "Solution.xml")))
            {
                throw new NotASolutionFolderException(folder);
            }

            var generated = GeneratePluginComponents(folder, options);
            var view = generated is null
                ? new SolutionFolder(folder)
                : new SolutionFolder(folder, generated.Value.Components.Files, generated.Value.Hidden);
            var context = new PackContext(view);
            if (generated is not null)
            {
                foreach (var problem in generated.Value.Components.Problems)
                {
                    context.Problem(options.PluginPath ?? "plugin assembly", problem);
                }
            }

            var solution = context.LoadRoot("Other/Solution.xml", "ImportExportXml");
            var manifest = solution?.Element("SolutionManifest");
            if (solution is not null && manifest is null)
            {
                context.Problem("Other/Solution.xml", "no <SolutionManifest>");
            }

            if (manifest is not null)
            {
                OverrideVersion(context, manifest, options.Version);
                CheckNaming(context, manifest);
            }

            var customizations = CustomizationsAssembler.Assemble(context);
            if (customizations is not null && manifest is not null)
            {
                ManifestEditor.Apply(manifest, generated?.Components.RootComponents ?? Array.Empty<RootComponent>());
                CheckRootComponents(context, manifest, customizations);
            }

            if (context.Problems.Count > 0 || solution is null || customizations is null)
            {
                throw new PackException(context.Problems.Distinct().ToList());
            }

            if (generated is not null && options.WriteGeneratedFiles)
            {
                WriteGenerated(folder, generated.Value.Components, generated.Value.Hidden);
            }

            return new SolutionPackage(new XDocument(solution), customizations, context.Parts);
        }

        /// <summary>Stamps <paramref name="version"/> (when given) into the packed manifest; the source file is not changed.</summary>
        private static void OverrideVersion(PackContext context, XElement manifest, string? version)
        {
            if (version is null)
            {
                return;
            }

            if (!VersionPattern.IsMatch(version))
            {
                context.Problem("--version", $"'{version}' must be a.b.c.d, four whole numbers such as 1.1.0.0");
                return;
            }

            var element = manifest.Element("Version");
            if (element is null)
            {
                manifest.Element("UniqueName")?.AddAfterSelf(element = new XElement("Version"));
            }

            element?.SetValue(version);
        }

        private static void CheckNaming(PackContext context, XElement manifest)
        {
            var uniqueName = manifest.Element("UniqueName")?.Value.Trim() ?? string.Empty;
            if (!Regex.IsMatch(uniqueName, "^[A-Za-z_][A-Za-z0-9_]*$"))
            {
                context.Problem("Other/Solution.xml", $"<UniqueName> '{uniqueName}' must be letters, digits and underscores (it names the zip)");
            }

            var version = manifest.Element("Version")?.Value.Trim() ?? string.Empty;
            if (!VersionPattern.IsMatch(version))
            {
                context.Problem("Other/Solution.xml", $"<Version> '{version}' must be a.b.c.d (it names the zip)");
            }
        }

        private static void CheckRootComponents(PackContext context, XElement manifest, XDocument customizations)
        {
            var index = ComponentIndex.Build(customizations);
            foreach (var root in manifest.Elements("RootComponents").Elements("RootComponent"))
            {
                if (!int.TryParse(root.Attribute("type")?.Value, out var type) || !ComponentIndex.ResolvableTypes.Contains(type))
                {
                    continue;
                }

                var key = ComponentIndex.RootKey(root, type);
                if (!index.Resolves(type, key))
                {
                    context.Problem("Other/Solution.xml", $"root component type {type} '{key}' has no definition in the folder (add its file or remove the root component)");
                }
            }
        }

        private static (GeneratedPluginComponents Components, Func<string, bool> Hidden)? GeneratePluginComponents(string folder, PackOptions options)
        {
            if (options.NoPluginGeneration || (options.PluginPath is null && !PluginLocator.IsOurSolutionFolder(folder)))
            {
                return null;
            }

            string dll;
            PluginAssemblyInfo assembly;
            try
            {
                dll = options.PluginPath ?? PluginLocator.LocateDefault(folder, options.Log);
                assembly = PluginAssemblyReader.Read(dll);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or BadImageFormatException or StepRegistrationException)
            {
                throw new PackException(new[] { new PackProblem(options.PluginPath ?? "plugin assembly", e.Message) });
            }

            var version = ReadVersion(folder);
            var components = PluginComponentGenerator.Generate(assembly, File.ReadAllBytes(dll), PluginAssemblyId, version);
            var assemblyFolder = $"{PluginComponentGenerator.AssemblyFolder}/{assembly.Name.Replace(".", string.Empty)}-";
            var marker = $", {assembly.Name}, ";
            bool Hidden(string path) =>
                path.StartsWith(assemblyFolder, StringComparison.OrdinalIgnoreCase) ||
                (path.StartsWith(PluginComponentGenerator.StepFolder + "/", StringComparison.Ordinal) &&
                 File.ReadAllText(Path.Combine(folder, path)).Contains(marker, StringComparison.Ordinal));
            return (components, Hidden);
        }

        private static string ReadVersion(string folder)
        {
            try
            {
                var manifest = XDocument.Load(Path.Combine(folder, "Other", "Solution.xml")).Root?.Element("SolutionManifest");
                var version = manifest?.Element("Version")?.Value.Trim();
                return version is not null && VersionPattern.IsMatch(version) ? version : "1.0.0.0";
            }
            catch (Exception e) when (e is IOException or System.Xml.XmlException)
            {
                return "1.0.0.0"; // the pack itself reports the unreadable manifest
            }
        }

        /// <summary>Replaces the previously generated files in the folder, so Microsoft's tools can pack the same folder.</summary>
        private static void WriteGenerated(string folder, GeneratedPluginComponents components, Func<string, bool> hidden)
        {
            foreach (var directory in new[] { PluginComponentGenerator.AssemblyFolder, PluginComponentGenerator.StepFolder })
            {
                var full = Path.Combine(folder, directory);
                if (!Directory.Exists(full))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).ToList())
                {
                    var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
                    if (hidden(relative) && !components.Files.ContainsKey(relative))
                    {
                        File.Delete(file);
                    }
                }
            }

            foreach (var (relative, bytes) in components.Files)
            {
                var full = Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                if (!File.Exists(full) || !File.ReadAllBytes(full).AsSpan().SequenceEqual(bytes))
                {
                    File.WriteAllBytes(full, bytes);
                }
            }
        }
    }
}
