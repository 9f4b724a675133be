using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Checking
{
    /// <summary>What a drift entry allows.</summary>
    internal enum DriftKind
    {
        /// <summary>A child element <c>Name</c> of an element <c>On</c>.</summary>
        Element,

        /// <summary>An attribute <c>Name</c> on an element <c>On</c> ("*": any element).</summary>
        Attribute,

        /// <summary>The element <c>Name</c> under <c>On</c> with one of <c>Values</c> its schema type does not list.</summary>
        Value,

        /// <summary>An element <c>On</c> ("*": any) carrying the attribute <c>Name</c> may omit children its type requires.</summary>
        PartialContent,
    }

    /// <summary>One thing Dataverse writes beyond the 9.0.0.2090 schemas: where it may occur, where it was seen, what it means.</summary>
    internal sealed record DriftEntry(DriftKind Kind, string Name, string On, string? Within, IReadOnlyList<string>? Values, string SeenIn, string Meaning)
    {
        public string Describe()
        {
            var on = On == "*" ? "any element" : $"<{On}>";
            var within = Within is null ? string.Empty : $" inside <{Within}>";
            return Kind switch
            {
                DriftKind.Element => $"<{Name}> in {on}",
                DriftKind.Attribute => $"@{Name} on {on}{within}",
                DriftKind.Value => $"<{Name}>{string.Join("|", Values ?? Array.Empty<string>())}</{Name}> in {on}",
                _ => $"{on} with @{Name} and only the changed content{within}",
            };
        }
    }

    /// <summary>
    /// THE list of what Dataverse exports beyond Microsoft's newest published schemas (9.0.0.2090), measured on the
    /// real-export corpus (Tests/Fixtures/RealExports) and the exports the engineering notes name. The checker accepts
    /// exactly these, exactly where listed; any other schema violation stays an error. Microsoft's schema files are not edited.
    /// </summary>
    internal static class SchemaDrift
    {
        private const string Accelerators = "industry accelerators 2018–2019 (9.1)";
        private const string ManagedNonprofit = "Nonprofit accelerator 2.0 (managed 9.1 export)";

        private static readonly string[] SolutionActions = { "Added", "Removed", "Modified" };

        public static readonly IReadOnlyList<DriftEntry> Entries = new DriftEntry[]
        {
            // https://learn.microsoft.com/en-us/dotnet/api/microsoft.xrm.sdk.metadata.attributemetadata.autonumberformat
            new(DriftKind.Element, "AutoNumberFormat", "attribute", null, null, Accelerators + ", dyn-req-mgmt (9.0), column-level-security sample (9.2)", "the column's autonumber pattern (empty for ordinary columns)"),
            new(DriftKind.Element, "IsRetrieveAuditEnabled", "entity", null, null, Accelerators + ", dyn-req-mgmt, column-level-security sample", "whether reads of the table are audited"),
            new(DriftKind.Element, "IsRetrieveMultipleAuditEnabled", "entity", null, null, Accelerators + ", dyn-req-mgmt, column-level-security sample", "whether queries of the table are audited"),
            new(DriftKind.Element, "IsSearchable", "attribute", null, null, "column-level-security sample (9.2, 2025)", "whether the column is in Dataverse search"),
            new(DriftKind.Element, "IsFilterable", "attribute", null, null, "column-level-security sample (9.2, 2025)", "whether the column can filter Dataverse search results"),
            new(DriftKind.Element, "IsRetrievable", "attribute", null, null, "column-level-security sample (9.2, 2025)", "whether Dataverse search returns the column"),
            new(DriftKind.Element, "IsLocalizable", "attribute", null, null, "column-level-security sample (9.2, 2025)", "whether the column's text is localizable"),
            new(DriftKind.Element, "IsMSTeamsIntegrationEnabled", "entity", null, null, "column-level-security sample (9.2, 2025)", "whether the table is enabled for Microsoft Teams integration"),
            new(DriftKind.Element, "IsSolutionAware", "entity", null, null, "column-level-security sample (9.2, 2025)", "whether the table's rows are solution-aware"),
            // https://learn.microsoft.com/en-us/dotnet/api/microsoft.xrm.sdk.metadata.cascadeconfiguration (Archive)
            new(DriftKind.Element, "CascadeArchive", "EntityRelationship", null, null, "column-level-security sample (9.2, 2025)", "the relationship's cascade for the Archive action"),
            new(DriftKind.Element, "IsAutoAssigned", "Role", null, null, "column-level-security sample (9.2, 2025)", "whether the role is assigned to new users automatically"),
            new(DriftKind.Element, "Description", "Role", null, null, "column-level-security sample (9.2, 2025)", "the security role's description"),
            new(DriftKind.Element, "IsCustomProcessingStepAllowedForOtherPublishers", "Workflow", null, null, "Apollo export 9.2 2026 (notes, not vendored)", "whether other publishers may add steps to the process"),
            new(DriftKind.Element, "ProcessTriggerScope", "Workflow", null, null, "Apollo export 9.2 2026 (notes, not vendored)", "the scope of the process trigger"),
            new(DriftKind.Element, "JsonFileName", "Workflow", null, null, "Apollo export 9.2 2026 (notes, not vendored)", "the zip part of a cloud flow's JSON definition"),
            new(DriftKind.Element, "ModernFlowType", "Workflow", null, null, "Apollo export 9.2 2026 (notes, not vendored)", "the kind of cloud flow"),
            new(DriftKind.Element, "EntityImageConfigs", "ImportExportXml", null, null, "Apollo export 9.2 2026 (notes, not vendored)", "table image settings"),
            new(DriftKind.Attribute, "OrganizationVersion", "ImportExportXml", null, null, "column-level-security sample (9.2, 2025)", "the exporting organization's version"),
            new(DriftKind.Attribute, "OrganizationSchemaType", "ImportExportXml", null, null, "column-level-security sample (9.2, 2025)", "the exporting organization's schema type"),
            new(DriftKind.Attribute, "CRMServerServiceabilityVersion", "ImportExportXml", null, null, "column-level-security sample (9.2, 2025)", "the exporting server's servicing version"),
            new(DriftKind.Attribute, "ordinalvalue", "*", "form", null, ManagedNonprofit, "position of a tab, section or cell when the managed form is merged with lower layers"),
            new(DriftKind.Attribute, "ordinalvalue", "*", "SiteMap", null, ManagedNonprofit, "position of an area, group or subarea when the managed sitemap is merged"),
            new(DriftKind.Attribute, "ordinalvalue", "option", null, null, "Apollo export 9.2 2026 (notes, not vendored)", "display order of a choice option"),
            new(DriftKind.Attribute, "solutionaction", "*", "form", SolutionActions, ManagedNonprofit, "a managed form written as a diff of the layer below: this element was added, removed or modified"),
            new(DriftKind.Attribute, "solutionaction", "*", "SiteMap", SolutionActions, ManagedNonprofit, "a managed sitemap written as a diff: this element was added, removed or modified"),
            new(DriftKind.Attribute, "id", "column", "form", null, ManagedNonprofit, "a form column's index, so a managed diff can address it"),
            new(DriftKind.Attribute, "headerdensity", "form", null, null, "9.1 export in Tactec-Inc/dev-powerapps (notes, not vendored)", "how densely the unified-interface form header is laid out"),
            new(DriftKind.Value, "Type", "attribute", null, new[] { "file" }, "Apollo export 9.2 2026 (notes, not vendored)", "the file column type"),
            new(DriftKind.PartialContent, "solutionaction", "*", "form", SolutionActions, ManagedNonprofit, "a Modified/Removed element of a managed form diff carries only what changed (a tab without columns)"),
            new(DriftKind.PartialContent, "solutionaction", "*", "SiteMap", SolutionActions, ManagedNonprofit, "a Modified/Removed element of a managed sitemap diff carries only what changed"),
        };

        private static readonly HashSet<string> Names = Entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);

        /// <summary>
        /// A copy of the document without the drift elements and attributes, for the validator: what remains is checked in
        /// full, so an error next to a drift node is still found. Each copied element remembers its original (for locations).
        /// </summary>
        public static XDocument Strip(XDocument source, IDictionary<DriftEntry, int> accepted)
        {
            var copy = new XDocument();
            if (source.Root is not null)
            {
                copy.Add(Copy(source.Root, accepted));
            }

            return copy;
        }

        /// <summary>The original node a node of the stripped copy came from.</summary>
        public static XObject? Original(XObject? node) => node switch
        {
            XElement element => element.Annotation<Origin>()?.Source,
            XAttribute attribute => (Original(attribute.Parent) as XElement)?.Attribute(attribute.Name),
            _ => null,
        };

        /// <summary>The entry that accepts a validation error on this original node, if any (values and partial content).</summary>
        public static DriftEntry? AcceptedError(XObject? original, bool incompleteContent)
        {
            if (original is not XElement element)
            {
                return null;
            }

            foreach (var entry in Entries)
            {
                var accepts = entry.Kind switch
                {
                    DriftKind.Value => !incompleteContent && element.Name.LocalName == entry.Name && element.Parent?.Name.LocalName == entry.On
                                       && entry.Values!.Contains(element.Value.Trim(), StringComparer.Ordinal),
                    DriftKind.PartialContent => incompleteContent && OnMatches(entry, element) && element.Attribute(entry.Name) is { } marker
                                                && (entry.Values is null || entry.Values.Contains(marker.Value, StringComparer.Ordinal)) && WithinMatches(entry, element),
                    _ => false,
                };
                if (accepts)
                {
                    return entry;
                }
            }

            return null;
        }

        private static XElement Copy(XElement source, IDictionary<DriftEntry, int> accepted)
        {
            var copy = new XElement(source.Name);
            copy.AddAnnotation(new Origin(source));
            foreach (var attribute in source.Attributes())
            {
                var entry = Find(DriftKind.Attribute, attribute.Name.LocalName, source, attribute.Value);
                if (entry is null)
                {
                    copy.Add(new XAttribute(attribute));
                }
                else
                {
                    accepted[entry] = accepted.TryGetValue(entry, out var n) ? n + 1 : 1;
                }
            }

            foreach (var node in source.Nodes())
            {
                switch (node)
                {
                    case XElement child:
                        var entry = Find(DriftKind.Element, child.Name.LocalName, source, null);
                        if (entry is null)
                        {
                            copy.Add(Copy(child, accepted));
                        }
                        else
                        {
                            accepted[entry] = accepted.TryGetValue(entry, out var n) ? n + 1 : 1;
                        }

                        break;
                    case XCData data:
                        copy.Add(new XCData(data));
                        break;
                    case XText text:
                        copy.Add(new XText(text));
                        break;
                }
            }

            return copy;
        }

        /// <summary>The entry of this kind allowing <paramref name="name"/> on/under <paramref name="owner"/>.</summary>
        private static DriftEntry? Find(DriftKind kind, string name, XElement owner, string? value)
        {
            if (!Names.Contains(name))
            {
                return null; // the common case, decided without walking the list
            }

            foreach (var entry in Entries)
            {
                if (entry.Kind == kind && entry.Name == name && OnMatches(entry, owner) && WithinMatches(entry, owner)
                    && (entry.Values is null || (value is not null && entry.Values.Contains(value, StringComparer.Ordinal))))
                {
                    return entry;
                }
            }

            return null;
        }

        private static bool OnMatches(DriftEntry entry, XElement element) => entry.On == "*" || element.Name.LocalName == entry.On;

        private static bool WithinMatches(DriftEntry entry, XElement element) =>
            entry.Within is null || element.AncestorsAndSelf().Any(a => a.Name.LocalName == entry.Within);

        private sealed record Origin(XElement Source);
    }
}
