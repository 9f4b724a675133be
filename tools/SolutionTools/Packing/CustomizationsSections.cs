using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>
    /// The children of <c>ImportExportXml</c> in the order CustomizationsSolution.xsd (9.0.0.2090) declares them — an
    /// xs:sequence, so a section added by the packer must go to its place, not to the end.
    /// </summary>
    internal static class CustomizationsSections
    {
        private static readonly string[] Order =
        {
            "Entities", "Roles", "Workflows", "FieldSecurityProfiles", "Templates", "RibbonDiffXml", "IsvConfig",
            "RelationshipRoles", "ConnectionRoles", "SiteMap", "EntityMaps", "EntityRelationships", "OrganizationSettings",
            "optionsets", "Reports", "RoutingRules", "ChannelPropertyGroups", "ConvertRules", "MobileOfflineProfiles", "Slas",
            "ChannelAccessProfiles", "ChannelAccessProfileRules", "Dashboards", "InteractionCentricDashboards", "Dialogs",
            "WebResources", "CustomControls", "SolutionPluginAssemblies", "SdkMessageProcessingSteps", "ServiceEndpoints",
            "AppModuleSiteMaps", "AppModules", "EntityDataProviders", "EntityDataSources", "Languages",
            "GlobalSearchConfigurations", "StoredProcedures",
        };

        /// <summary>Sections whose empty form the schema rejects (a required child), dropped rather than shipped empty.</summary>
        public static readonly IReadOnlySet<string> InvalidWhenEmpty = new HashSet<string>(StringComparer.Ordinal)
        {
            "SiteMap", "IsvConfig", "Languages",
        };

        /// <summary>Returns the section element, inserting it at its sequence position when the skeleton lacks it.</summary>
        public static XElement Ensure(XElement root, string name)
        {
            var existing = root.Element(name);
            if (existing is not null)
            {
                return existing;
            }

            var section = new XElement(name);
            var index = Array.IndexOf(Order, name);
            var next = root.Elements().FirstOrDefault(e => Array.IndexOf(Order, e.Name.LocalName) > index);
            if (next is null)
            {
                root.Add(section);
            }
            else
            {
                next.AddBeforeSelf(section);
            }

            return section;
        }

        /// <summary>Replaces a whole section with one read from a file (Other/SiteMap.xml and friends).</summary>
        public static void Replace(XElement root, XElement section)
        {
            var existing = root.Element(section.Name);
            if (existing is null)
            {
                Ensure(root, section.Name.LocalName).ReplaceWith(section);
            }
            else
            {
                existing.ReplaceWith(section);
            }
        }
    }
}
