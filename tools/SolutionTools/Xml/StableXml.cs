using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Xml
{
    /// <summary>
    /// One way to load and fixed ways to write XML, so the same input always gives the same bytes: two-space indent and
    /// CRLF, with a BOM and declaration as SolutionPackager writes its files, or without them as Dataverse writes the
    /// solution.xml and customizations.xml of an export.
    /// </summary>
    internal static class StableXml
    {
        private static readonly XmlWriterSettings WriterSettings = new()
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\r\n",
            NewLineHandling = NewLineHandling.Replace,
        };

        private static readonly XmlWriterSettings ExportSettings = new()
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\r\n",
            NewLineHandling = NewLineHandling.Replace,
        };

        /// <summary>Parses bytes with line numbers kept; throws <see cref="XmlException"/> when malformed.</summary>
        public static XDocument Parse(byte[] bytes, string sourcePath)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            // Whitespace between elements is layout, not data: dropping it lets the writer indent the merged document evenly.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
            using var reader = XmlReader.Create(stream, settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            document.Root?.AddAnnotation(new SourceFile(sourcePath));
            return document;
        }

        public static byte[] ToBytes(XDocument document) => Write(document, WriterSettings);

        /// <summary>The root manifests of a zip as Dataverse exports them: no BOM, no XML declaration.</summary>
        public static byte[] ToExportBytes(XDocument document) => Write(document, ExportSettings);

        private static byte[] Write(XDocument document, XmlWriterSettings settings)
        {
            using var stream = new MemoryStream();
            using (var writer = XmlWriter.Create(stream, settings))
            {
                document.Save(writer);
            }

            return stream.ToArray();
        }

        /// <summary>Detaches an element from its document without cloning, so its annotations and line numbers survive the move.</summary>
        public static XElement Detach(XElement element)
        {
            if (element.Parent is not null || element.Document is not null)
            {
                element.Remove();
            }

            return element;
        }
    }
}
