using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// XSD001 customizations.xml against CustomizationsSolution.xsd; XSD002 every FetchXML against Fetch.xsd; XSD003 every
    /// form and dashboard against FormXml.xsd; XSD004 every chart data description against VisualizationDataDescription.xsd.
    /// The UNEDITED 9.0.0.2090 files with .NET's validator, run on a copy without the documented drift
    /// (<see cref="SchemaDrift"/>), so everything else is validated in full; XSD005 (info) counts the drift accepted.
    /// </summary>
    internal static class SchemaRules
    {
        private const string File = "customizations.xml";

        public static void Check(CheckContext context)
        {
            var accepted = new Dictionary<DriftEntry, int>();
            var stripped = SchemaDrift.Strip(context.Package.Customizations, accepted);

            // Fragments first: a FetchXML or form error is reported once, by the rule that names it, not again by XSD001.
            var reported = new HashSet<XObject>();
            var fetchSchema = Load(context.SchemasDirectory, "Fetch.xsd");
            var root = stripped.Root!;
            var viewFetches = root.Descendants("savedquery").Elements("fetchxml").Elements("fetch");
            var chartFetches = root.Descendants("visualization").Elements("datadescription").Elements("datadefinition").Elements("fetchcollection").Elements("fetch");
            foreach (var fetch in viewFetches.Concat(chartFetches))
            {
                Fragment(context, fetch, fetchSchema, reported, accepted, "XSD002", "correct the FetchXML so it matches Fetch.xsd");
            }

            var formSchema = Load(context.SchemasDirectory, "FormXml.xsd");
            var entityForms = root.Descendants("systemform").Elements("form");
            var dashboards = root.Elements("Dashboards").Elements("Dashboard").Elements("FormXml").Elements("forms").Elements("form");
            foreach (var form in entityForms.Concat(dashboards))
            {
                Fragment(context, form, formSchema, reported, accepted, "XSD003", "correct the form XML so it matches FormXml.xsd");
            }

            var chartSchema = Load(context.SchemasDirectory, "VisualizationDataDescription.xsd");
            foreach (var definition in root.Descendants("visualization").Elements("datadescription").Elements("datadefinition"))
            {
                Fragment(context, definition, chartSchema, reported, accepted, "XSD004", "correct the chart data description so it matches VisualizationDataDescription.xsd");
            }

            var customizationsSchema = Load(context.SchemasDirectory, "CustomizationsSolution.xsd");
            stripped.Validate(customizationsSchema, (sender, e) =>
            {
                if (sender is not XObject node || !reported.Contains(node))
                {
                    Report(context, sender as XObject, e, accepted, "XSD001", "change the element to what CustomizationsSolution.xsd 9.0.0.2090 declares (or to an entry of the schema-drift list)");
                }
            });

            foreach (var (entry, count) in accepted.OrderBy(a => SchemaDrift.Entries.ToList().IndexOf(a.Key)))
            {
                context.Add(new Diagnostic(File, string.Empty, "XSD005", $"accepted {count} × {entry.Describe()}, which Dataverse writes beyond the 9.0.0.2090 schemas ({entry.Meaning}; seen in {entry.SeenIn})", "nothing to fix"));
            }
        }

        private static void Fragment(CheckContext context, XElement fragment, XmlSchemaSet schemas, HashSet<XObject> reported, Dictionary<DriftEntry, int> accepted, string rule, string fix)
        {
            var declaration = schemas.GlobalElements[new XmlQualifiedName(fragment.Name.LocalName, fragment.Name.NamespaceName)] as XmlSchemaElement;
            if (declaration is null)
            {
                context.Report(SchemaDrift.Original(fragment), File, rule, $"<{fragment.Name.LocalName}> is not declared by the schema", fix);
                return;
            }

            fragment.Validate(declaration, schemas, (sender, e) =>
            {
                var node = sender as XObject ?? fragment;
                reported.Add(node);
                Report(context, node, e, accepted, rule, fix);
            });
        }

        /// <summary>Reports a validation error at the original node, unless a value or partial-content drift entry accepts it.</summary>
        private static void Report(CheckContext context, XObject? node, ValidationEventArgs e, Dictionary<DriftEntry, int> accepted, string rule, string fix)
        {
            var original = SchemaDrift.Original(node);
            var entry = SchemaDrift.AcceptedError(original, e.Message.Contains("has incomplete content", System.StringComparison.Ordinal));
            if (entry is not null)
            {
                accepted[entry] = accepted.TryGetValue(entry, out var n) ? n + 1 : 1;
                return;
            }

            context.Report(original, File, rule, Message(e), fix);
        }

        private static string Message(ValidationEventArgs e) => e.Message.Replace("\r", " ").Replace("\n", " ");

        private static XmlSchemaSet Load(string directory, string file)
        {
            var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
            var path = Path.Combine(directory, file);
            using (var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = new XmlUrlResolver() }))
            {
                set.Add(null, reader);
            }

            set.Compile();
            return set;
        }
    }
}
