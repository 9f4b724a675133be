using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DataverseFunnel.Solution.Tests
{
    /// <summary>
    /// The poster web resource ships as Dataverse exports one (a WebResource record, its payload at the FileName part,
    /// root component type 61) and is the first control on the Bowtie dashboard, as a web resource control
    /// (classid {9FDF5F91-88B1-47f4-AD53-C11EFC01A01D}, the Web Resource class of
    /// https://learn.microsoft.com/en-us/previous-versions/dynamicscrm-2016/developers-guide/gg334472(v=crm.8)).
    /// </summary>
    public class PosterWebResourceTests
    {
        private const string Name = "bowtie_/poster/poster.html";
        private const string Dashboard = "{2e6b0757-e76a-40e8-9d6d-532884ec4c59}";
        private static readonly Guid WebResourceClass = new("9FDF5F91-88B1-47f4-AD53-C11EFC01A01D");

        private static string PagePath => Path.Combine(ShippedSolution.Folder, "WebResources", "bowtie_", "poster", "poster.html");

        [Fact]
        public void The_packed_zip_carries_the_page_as_an_html_web_resource_and_a_root_component()
        {
            using var zip = ZipFile.OpenRead(ShippedSolution.Zip);
            var customizations = XDocument.Load(zip.GetEntry("customizations.xml")!.Open()).Root!;
            var resource = Assert.Single(customizations.Elements("WebResources").Elements("WebResource"), r => (string?)r.Element("Name") == Name);

            Assert.Equal("1", (string?)resource.Element("WebResourceType"));
            var part = zip.GetEntry(((string)resource.Element("FileName")!).TrimStart('/'));
            Assert.NotNull(part);
            using var payload = new MemoryStream();
            part!.Open().CopyTo(payload);
            Assert.Equal(File.ReadAllBytes(PagePath), payload.ToArray());
            var solution = XDocument.Load(zip.GetEntry("solution.xml")!.Open()).Root!;
            Assert.Single(solution.Descendants("RootComponent"), r => (string?)r.Attribute("type") == "61" && (string?)r.Attribute("schemaName") == Name);
        }

        [Fact]
        public void The_Bowtie_dashboard_shows_the_page_first()
        {
            var dashboard = XDocument.Load(Path.Combine(ShippedSolution.Folder, "Dashboards", Dashboard + ".xml")).Root!;
            var resource = XDocument.Load(PagePath + ".data.xml").Root!;

            var first = dashboard.Descendants("control").First();
            Assert.Equal(WebResourceClass, Guid.Parse((string)first.Attribute("classid")!));
            var parameters = first.Element("parameters")!;
            Assert.Equal(Name, (string?)parameters.Element("Url"));
            Assert.Equal(Guid.Parse((string)resource.Element("WebResourceId")!), Guid.Parse((string)parameters.Element("WebResourceId")!));
        }

        [Fact]
        public void The_page_loads_nothing_from_outside_the_org()
        {
            var html = File.ReadAllText(PagePath);
            var references = Regex.Matches(html, @"\b(?:src|href)\s*=\s*[""']([^""']+)[""']", RegexOptions.IgnoreCase).Select(m => m.Groups[1].Value).ToList();

            Assert.Equal(new[] { "../../ClientGlobalContext.js.aspx" }, references);
            Assert.DoesNotMatch(@"(?i)@import|url\(\s*['""]?(?:https?:)?//", html);
            Assert.Contains("GetGlobalContext().getClientUrl()", html, StringComparison.Ordinal);
        }
    }
}
