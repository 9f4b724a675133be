using System.Collections.Generic;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace DataverseFunnel.Demo.Tests
{
    /// <summary>One view (savedquery) or chart (savedqueryvisualization) of the packed solution: its table, name and fetch.</summary>
    internal sealed record PackedQuery(string Table, string Name, XElement Fetch);

    /// <summary>Reads every view and chart out of the packed solution zip's customizations.xml, as an import would see them.</summary>
    internal static class PackedViewsAndCharts
    {
        public static (IReadOnlyList<PackedQuery> Views, IReadOnlyList<PackedQuery> Charts) Read(string zipPath)
        {
            using var zip = ZipFile.OpenRead(zipPath);
            using var stream = zip.GetEntry("customizations.xml")!.Open();
            var root = XDocument.Load(stream).Root!;
            var views = new List<PackedQuery>();
            var charts = new List<PackedQuery>();
            foreach (var entity in root.Elements("Entities").Elements("Entity"))
            {
                var table = entity.Element("Name")!.Value.ToLowerInvariant();
                foreach (var view in entity.Elements("SavedQueries").Elements("savedqueries").Elements("savedquery"))
                {
                    views.Add(new PackedQuery(table, NameOf(view), view.Element("fetchxml")!.Element("fetch")!));
                }

                foreach (var chart in entity.Elements("Visualizations").Elements("visualization"))
                {
                    var fetch = chart.Element("datadescription")!.Element("datadefinition")!.Element("fetchcollection")!.Element("fetch")!;
                    charts.Add(new PackedQuery(table, NameOf(chart), fetch));
                }
            }

            return (views, charts);
        }

        private static string NameOf(XElement component) =>
            component.Element("LocalizedNames")!.Elements("LocalizedName").First(n => (string?)n.Attribute("languagecode") == "1033").Attribute("description")!.Value;
    }
}
