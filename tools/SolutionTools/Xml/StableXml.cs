using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Xml
{
    /// <summary>
    /// One way to load and one way to write XML, so the same input always gives the same bytes (UTF-8 with BOM and
    /// declaration, two-space indent, CRLF — the shape SolutionPackager writes).
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

        public static byte[] ToBytes(XDocument document)
        {
            using var stream = new MemoryStream();
            using (var writer = XmlWriter.Create(stream, WriterSettings))
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
