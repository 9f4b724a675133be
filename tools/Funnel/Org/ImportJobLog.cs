using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace DataverseFunnel.Cli.Org
{
    /// <summary>
    /// The error an import job's log (importjob.data) gives: the first <c>result="failure"</c> element's
    /// <c>errortext</c>. The importjob page documents the column but not its XML; this is the shape the platform's
    /// import logs carry (a known gap: see the readme notes).
    /// </summary>
    internal static class ImportJobLog
    {
        public static string? Error(string? data)
        {
            if (string.IsNullOrWhiteSpace(data))
            {
                return null;
            }

            try
            {
                var failure = XDocument.Parse(data).Descendants()
                    .FirstOrDefault(e => (string?)e.Attribute("result") == "failure");
                var text = (string?)failure?.Attribute("errortext");
                return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            }
            catch (XmlException)
            {
                return null;
            }
        }
    }
}
