using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Checking.Rules;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.SolutionTools.Xml;

namespace DataverseFunnel.SolutionTools.Checking
{
    /// <summary>
    /// Checks a solution zip, a folder of its extracted files, or a SolutionPackager folder packed in memory, against Microsoft's schemas and the rules no schema covers.
    /// Returns findings (never throws for a bad solution); <see cref="CheckUsageException"/> means the check could not start.
    /// </summary>
    public static class SolutionChecker
    {
        public static IReadOnlyList<Diagnostic> Check(string zipOrFolder, CheckOptions options)
        {
            var isFolder = Directory.Exists(zipOrFolder);
            if (!isFolder && !File.Exists(zipOrFolder))
            {
                throw new CheckUsageException($"{zipOrFolder}: no such zip or folder");
            }

            var ownPolicy = isFolder ? Path.Combine(zipOrFolder, RolePolicy.FileName) : null;
            var policyFile = options.RolePolicyFile ?? (ownPolicy is not null && File.Exists(ownPolicy) ? ownPolicy : null);
            var inputs = new CheckInputs(
                policyFile is null ? null : RolePolicy.Load(policyFile),
                options.UpgradesFrom is null ? null : LoadEarlier(options.UpgradesFrom, options.Pack));
            // The caller's own arguments are checked before the machine's schemas, so a wrong path is named whatever is installed.
            var schemas = SchemaLocator.Resolve(options.SchemasDirectory, zipOrFolder);
            if (isFolder && IsExtractedZip(zipOrFolder))
            {
                return CheckContents(SolutionZipReader.ReadExtracted(zipOrFolder), schemas, inputs);
            }

            return isFolder ? CheckFolder(zipOrFolder, schemas, options.Pack, inputs) : CheckZip(zipOrFolder, schemas, inputs);
        }

        /// <summary>
        /// A folder holding a solution zip's files as extracted (solution.xml and customizations.xml at its top) rather than
        /// the SolutionPackager layout (Other/Solution.xml): checked as the zip it came from.
        /// </summary>
        public static bool IsExtractedZip(string folder) =>
            File.Exists(Path.Combine(folder, SolutionPackage.SolutionPart)) && File.Exists(Path.Combine(folder, SolutionPackage.CustomizationsPart));

        /// <summary>
        /// Checks a package already in memory (the zip it would be written as is checked too), against a role policy
        /// (ROLE002) and an earlier version it must upgrade (UPG rules) when given.
        /// </summary>
        public static IReadOnlyList<Diagnostic> CheckPackage(SolutionPackage package, string schemasDirectory, RolePolicy? rolePolicy = null, SolutionPackage? earlier = null) =>
            CheckPackage(package, schemasDirectory, new CheckInputs(rolePolicy, earlier));

        private static IReadOnlyList<Diagnostic> CheckPackage(SolutionPackage package, string schemasDirectory, CheckInputs inputs)
        {
            var zip = SolutionZipReader.ReadContents(new MemoryStream(SolutionZip.ToBytes(package)));
            return Run(new CheckContext(package, schemasDirectory, zip) { RolePolicy = inputs.RolePolicy }, inputs.Earlier);
        }

        /// <summary>The earlier version an upgrade is checked against; unreadable means the check cannot start.</summary>
        private static SolutionPackage LoadEarlier(string zipOrFolder, PackOptions packOptions)
        {
            try
            {
                if (Directory.Exists(zipOrFolder))
                {
                    return IsExtractedZip(zipOrFolder) ? SolutionZipReader.ToPackage(SolutionZipReader.ReadExtracted(zipOrFolder)) : SolutionPacker.Pack(zipOrFolder, packOptions);
                }

                if (!File.Exists(zipOrFolder))
                {
                    throw Unreadable(zipOrFolder, "no such zip or folder");
                }

                return SolutionZipReader.Read(zipOrFolder).Package;
            }
            catch (Exception e) when (e is PackException or InvalidDataException or IOException or XmlException)
            {
                throw Unreadable(zipOrFolder, e.Message);
            }
        }

        private static CheckUsageException Unreadable(string path, string why) => new($"--upgrades {path}: {why}");

        private static IReadOnlyList<Diagnostic> CheckFolder(string folder, string schemas, PackOptions packOptions, CheckInputs inputs)
        {
            SolutionPackage package;
            try
            {
                package = SolutionPacker.Pack(folder, packOptions);
            }
            catch (PackException e)
            {
                return e.Problems.Select(p => new Diagnostic(p.File, string.Empty, "PACK001", p.Reason, "fix the file so the folder packs")).ToList();
            }

            return CheckPackage(package, schemas, inputs);
        }

        private static IReadOnlyList<Diagnostic> CheckZip(string path, string schemas, CheckInputs inputs)
        {
            ZipContents zip;
            try
            {
                using var stream = File.OpenRead(path);
                zip = SolutionZipReader.ReadContents(stream);
            }
            catch (InvalidDataException e)
            {
                return new[] { new Diagnostic(Path.GetFileName(path), string.Empty, "ZIP001", $"not a readable zip: {e.Message}", "pack the solution with funnel pack") };
            }

            return CheckContents(zip, schemas, inputs);
        }

        private static IReadOnlyList<Diagnostic> CheckContents(ZipContents zip, string schemas, CheckInputs inputs)
        {
            var findings = new List<Diagnostic>();
            var solution = Parse(zip, SolutionPackage.SolutionPart, findings);
            var customizations = Parse(zip, SolutionPackage.CustomizationsPart, findings);
            if (solution is null || customizations is null)
            {
                return findings;
            }

            var parts = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var (name, bytes) in zip.Files.Where(f => !SolutionZipReader.IsRootFile(f.Key)))
            {
                parts[name.Replace('\\', '/')] = bytes;
            }

            return Run(new CheckContext(new SolutionPackage(solution, customizations, parts), schemas, zip) { RolePolicy = inputs.RolePolicy }, inputs.Earlier);
        }

        private static XDocument? Parse(ZipContents zip, string name, List<Diagnostic> findings)
        {
            if (!zip.Files.TryGetValue(name, out var bytes))
            {
                findings.Add(new Diagnostic(name, "zip root", "ZIP001", $"the zip has no {name} at its root (import fails with 0x80048060)", "zip the files themselves, not their folder; funnel pack does"));
                return null;
            }

            try
            {
                return StableXml.Parse(bytes, name);
            }
            catch (XmlException e)
            {
                findings.Add(new Diagnostic(name, $"line {e.LineNumber}", "XML001", $"malformed XML: {e.Message}", "fix the XML syntax"));
                return null;
            }
        }

        private static IReadOnlyList<Diagnostic> Run(CheckContext context, SolutionPackage? earlier)
        {
            ZipContainerRules.Check(context);
            SchemaRules.Check(context);
            ManifestRules.Check(context);
            RootComponentRules.Check(context);
            EnvironmentVariableRules.Check(context);
            OptionValueRules.Check(context);
            ColumnReferenceRules.Check(context);
            ProcessFlowRules.Check(context);
            ProcessFlowShapeRules.Check(context);
            PluginStepRules.Check(context);
            PluginAssemblyRules.Check(context);
            RolePrivilegeRules.Check(context);
            WebResourceControlRules.Check(context);
            RolePolicyRules.Check(context);
            ExportShapeRules.Check(context);
            LanguageRules.Check(context);
            if (earlier is not null)
            {
                UpgradeRules.Check(context, earlier);
            }

            return context.Findings;
        }
    }

    /// <summary>What a check is held to beyond the solution itself: a role policy and an earlier version.</summary>
    internal sealed record CheckInputs(RolePolicy? RolePolicy, SolutionPackage? Earlier);
}
