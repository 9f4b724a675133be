using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Checking
{
    /// <summary>
    /// A solution's declared least-privilege policy: the widest depth each role may hold each privilege at, as ordered
    /// <c>&lt;Limit role="…" privilege="…" max="None|Basic|Local|Deep|Global" why="…"/&gt;</c> entries where the first
    /// match wins and <c>*</c> matches any run of characters. A privilege no entry covers is outside the policy.
    /// Kept beside the solution source (<c>RolePolicy.xml</c>, not a solution component), so import never sees it.
    /// </summary>
    public sealed class RolePolicy
    {
        /// <summary>The file name looked for at the top of a SolutionPackager folder.</summary>
        public const string FileName = "RolePolicy.xml";

        /// <summary>Role XML depths, narrowest first (user, business unit, parent: child business units, organization).</summary>
        private static readonly string[] Depths = { "None", "Basic", "Local", "Deep", "Global" };

        private readonly IReadOnlyList<Limit> limits;

        private RolePolicy(string source, IReadOnlyList<Limit> limits)
        {
            Source = source;
            this.limits = limits;
        }

        /// <summary>Where the policy was read from, for findings.</summary>
        public string Source { get; }

        /// <summary>Reads a policy file; a missing or malformed one is a usage error, never a silent pass.</summary>
        public static RolePolicy Load(string path)
        {
            XDocument document;
            try
            {
                document = XDocument.Load(path, LoadOptions.SetLineInfo);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
            {
                throw new CheckUsageException($"role policy {path}: {e.Message}");
            }

            var root = document.Root;
            if (root is null || root.Name.LocalName != "RolePolicy")
            {
                throw new CheckUsageException($"role policy {path}: the root element must be <RolePolicy>");
            }

            var limits = new List<Limit>();
            foreach (var element in root.Elements())
            {
                var line = ((IXmlLineInfo)element).LineNumber;
                string Required(string name) =>
                    element.Attribute(name)?.Value is { Length: > 0 } value ? value
                        : throw new CheckUsageException($"role policy {path} line {line}: <{element.Name.LocalName}> needs a {name} attribute");
                if (element.Name.LocalName != "Limit")
                {
                    throw new CheckUsageException($"role policy {path} line {line}: unknown element <{element.Name.LocalName}> (expected <Limit role privilege max why>)");
                }

                var max = Required("max");
                var depth = Array.IndexOf(Depths, max);
                if (depth < 0)
                {
                    throw new CheckUsageException($"role policy {path} line {line}: max '{max}' is not a depth ({string.Join(", ", Depths)})");
                }

                limits.Add(new Limit(Glob(Required("role")), Glob(Required("privilege")), depth, max, element.Attribute("why")?.Value, line));
            }

            return new RolePolicy(path, limits);
        }

        /// <summary>The policy's verdict on a role holding a privilege at a depth: null when within it, else why not.</summary>
        public string? Breach(string role, string privilege, string level)
        {
            var limit = limits.FirstOrDefault(l => l.Role.IsMatch(role) && l.Privilege.IsMatch(privilege));
            if (limit is null)
            {
                return $"the role policy ({Source}) declares no limit for it";
            }

            var depth = Array.IndexOf(Depths, level);
            if (depth <= limit.Depth && depth > 0)
            {
                return null;
            }

            var why = limit.Why is null ? string.Empty : $": {limit.Why}";
            return depth < 0
                ? $"level '{level}' is not a depth ({string.Join(", ", Depths.Skip(1))})"
                : $"the role policy ({Source} line {limit.Line}) allows at most {limit.Max}{why}";
        }

        private static Regex Glob(string pattern) =>
            new("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private sealed record Limit(Regex Role, Regex Privilege, int Depth, string Max, string? Why, int Line);
    }
}
