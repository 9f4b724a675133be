using System.IO;
using System.Linq;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Tests.Packing
{
    /// <summary>Custom APIs travel from the folder's customapis/ to the same paths in the zip, as a real export has them.</summary>
    public class SolutionPackerCustomApiTests
    {
        private static string ExportedCustomApis => Path.Combine(TestPaths.RealExports, "ms-issystemadmin-customapi", "extracted", "customapis");

        [Fact]
        public void Pack_CarriesTheCustomApiFolder_ByteForByte()
        {
            using var copy = new DynReqMgmtCopy();
            copy.WritePlaceholders();
            TestPaths.CopyDirectory(ExportedCustomApis, Path.Combine(copy.Folder, "customapis"));

            var package = SolutionPacker.Pack(copy.Folder, new PackOptions());

            var api = "customapis/sample_IsSystemAdmin/customapi.xml";
            var property = "customapis/sample_IsSystemAdmin/customapiresponseproperties/HasRole/customapiresponseproperty.xml";
            Assert.Equal(new[] { api, property }, package.Parts.Keys.Where(k => k.StartsWith("customapis/", System.StringComparison.Ordinal)).ToArray());
            Assert.Equal(File.ReadAllBytes(Path.Combine(ExportedCustomApis, "sample_IsSystemAdmin", "customapi.xml")), package.Parts[api]);
        }

        [Fact]
        public void Pack_RefusesACustomApiFileWithTheWrongRootOrNoUniqueName()
        {
            using var copy = new DynReqMgmtCopy();
            copy.WritePlaceholders();
            var folder = Path.Combine(copy.Folder, "customapis", "test_X");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "customapi.xml"), "<customapirequestparameter uniquename='x' />");
            Directory.CreateDirectory(Path.Combine(folder, "customapiresponseproperties", "Y"));
            File.WriteAllText(Path.Combine(folder, "customapiresponseproperties", "Y", "customapiresponseproperty.xml"), "<customapiresponseproperty />");

            var error = Assert.Throws<PackException>(() => SolutionPacker.Pack(copy.Folder, new PackOptions()));

            var problems = error.Problems.Select(p => p.ToString()).ToArray();
            Assert.Contains(problems, p => p.StartsWith("customapis/test_X/customapi.xml: root element is <customapirequestparameter>", System.StringComparison.Ordinal));
            Assert.Contains(problems, p => p.StartsWith("customapis/test_X/customapiresponseproperties/Y/customapiresponseproperty.xml: <customapiresponseproperty> has no uniquename", System.StringComparison.Ordinal));
        }
    }
}
