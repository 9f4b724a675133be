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
    /// form and dashboard against FormXml.xsd; XSD004 every chart data definition against VisualizationDataDescription.xsd.
    /// The UNEDITED 9.0.0.2090 files with .NET's validator: what passes here is the subset every server accepts.
    /// </summary>
    internal static class SchemaRules
    {
        public static void Check(CheckContext context)
        {
            // Fragments first: a FetchXML or form error is reported once, by the rule that names it, not again by XSD001.
            var reported = new HashSet<XObject>();
            var fetchSchema = Load(context.SchemasDirectory, "Fetch.xsd");
            var root = context.Customizations;
            var viewFetches = root.Descendants("savedquery").Elements("fetchxml").Elements("fetch");
            var chartFetches = root.Descendants("visualization").Elements("datadescription").Elements("datadefinition").Elements("fetchcollection").Elements("fetch");
            foreach (var fetch in viewFetches.Concat(chartFetches))
            {
                Fragment(context, fetch, fetchSchema, reported, "XSD002", "correct the FetchXML so it matches Fetch.xsd");
            }

            var formSchema = Load(context.SchemasDirectory, "FormXml.xsd");
            var entityForms = root.Descendants("systemform").Elements("form");
            var dashboards = root.Elements("Dashboards").Elements("Dashboard").Elements("FormXml").Elements("forms").Elements("form");
            foreach (var form in entityForms.Concat(dashboards))
            {
                Fragment(context, form, formSchema, reported, "XSD003", "correct the form XML so it matches FormXml.xsd");
            }

            var chartSchema = Load(context.SchemasDirectory, "VisualizationDataDescription.xsd");
            foreach (var definition in root.Descendants("visualization").Elements("datadescription").Elements("datadefinition"))
            {
                Fragment(context, definition, chartSchema, reported, "XSD004", "correct the chart data description so it matches VisualizationDataDescription.xsd");
            }

            var customizationsSchema = Load(context.SchemasDirectory, "CustomizationsSolution.xsd");
            context.Package.Customizations.Validate(customizationsSchema, (sender, e) =>
            {
                if (sender is not XObject node || !reported.Contains(node))
                {
                    context.Report(sender as XObject, "customizations.xml", "XSD001", Message(e), "change the element to what CustomizationsSolution.xsd 9.0.0.2090 declares (no newer elements)");
                }
            });
        }

        private static void Fragment(CheckContext context, XElement fragment, XmlSchemaSet schemas, HashSet<XObject> reported, string rule, string fix)
        {
            var declaration = schemas.GlobalElements[new XmlQualifiedName(fragment.Name.LocalName, fragment.Name.NamespaceName)] as XmlSchemaElement;
            if (declaration is null)
            {
                context.Report(fragment, "customizations.xml", rule, $"<{fragment.Name.LocalName}> is not declared by the schema", fix);
                return;
            }

            fragment.Validate(declaration, schemas, (sender, e) =>
            {
                var node = sender as XObject ?? fragment;
                reported.Add(node);
                context.Report(node, "customizations.xml", rule, Message(e), fix);
            });
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
