using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Tests.Packing
{
    /// <summary>The container exports use: root files, Deflate, no directories, forward slashes, fixed time, full content types.</summary>
    public class SolutionZipTests
    {
        [Fact]
        public void ToBytes_DynReqMgmt_WritesTheContainerImportExpects()
        {
            using var copy = new DynReqMgmtCopy();
            copy.WritePlaceholders();

            var bytes = SolutionZip.ToBytes(SolutionPacker.Pack(copy.Folder, new PackOptions()));

            var central = CentralDirectory(bytes);
            // Dataverse 9.2's order: customizations, manifest, the parts in ordinal order, content types last.
            Assert.Equal(new[] { "customizations.xml", "solution.xml" }, central.Take(2).Select(e => e.Name));
            Assert.Equal("[Content_Types].xml", central[^1].Name);
            var parts = central.Skip(2).SkipLast(1).Select(e => e.Name).ToList();
            Assert.Equal(parts.OrderBy(n => n, StringComparer.Ordinal), parts);
            Assert.All(central, e => Assert.Equal(8, e.Method)); // Deflate
            Assert.All(central, e => Assert.False(e.Name.EndsWith('/') || e.Name.Contains('\\'), e.Name));
            using var archive = new ZipArchive(new MemoryStream(bytes));
            Assert.All(archive.Entries, e => Assert.Equal(new DateTime(2000, 1, 1), e.LastWriteTime.DateTime));

            XNamespace ns = "http://schemas.openxmlformats.org/package/2006/content-types";
            var types = XDocument.Load(archive.GetEntry("[Content_Types].xml")!.Open()).Root!;
            Assert.Equal(new[] { "xml", "dll", "xaml" }, types.Elements(ns + "Default").Select(d => d.Attribute("Extension")!.Value));
            Assert.Equal(63, types.Elements(ns + "Override").Count()); // one per extension-less web resource
            Assert.All(types.Elements(ns + "Override"), o => Assert.StartsWith("/WebResources/", o.Attribute("PartName")!.Value, StringComparison.Ordinal));
        }

        [Fact]
        public void WriteToDirectory_ExistingZip_IsReplacedWhole()
        {
            using var copy = new DynReqMgmtCopy();
            copy.WritePlaceholders();
            var output = TestPaths.NewTempFolder();
            File.WriteAllText(Path.Combine(output, "FedBizApps_RequestManagement_0_1_0_60.zip"), "old");

            var path = SolutionZip.WriteToDirectory(SolutionPacker.Pack(copy.Folder, new PackOptions()), output);

            Assert.Single(Directory.GetFiles(output)); // no temporary file left behind
            using var archive = ZipFile.OpenRead(path);
            Assert.NotNull(archive.GetEntry("solution.xml"));
        }

        /// <summary>Names and compression methods as stored in the zip's central directory (what importers read).</summary>
        private static IReadOnlyList<(string Name, int Method)> CentralDirectory(byte[] zip)
        {
            var entries = new List<(string, int)>();
            var end = zip.Length - 22; // end-of-central-directory record, no zip comment
            Assert.Equal(0x06054b50u, BitConverter.ToUInt32(zip, end));
            var count = BitConverter.ToUInt16(zip, end + 10);
            var offset = (int)BitConverter.ToUInt32(zip, end + 16);
            for (var n = 0; n < count; n++)
            {
                Assert.Equal(0x02014b50u, BitConverter.ToUInt32(zip, offset));
                var method = BitConverter.ToUInt16(zip, offset + 10);
                var nameLength = BitConverter.ToUInt16(zip, offset + 28);
                var extraLength = BitConverter.ToUInt16(zip, offset + 30);
                var commentLength = BitConverter.ToUInt16(zip, offset + 32);
                entries.Add((Encoding.UTF8.GetString(zip, offset + 46, nameLength), method));
                offset += 46 + nameLength + extraLength + commentLength;
            }

            return entries;
        }
    }
}
