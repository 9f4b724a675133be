using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Xml
{
    /// <summary>Turns an XML node into "which file, where": the nearest <see cref="SourceFile"/> and a readable path with a line number.</summary>
    internal static class XmlLocation
    {
        private static readonly string[] IdentifyingAttributes =
            { "Name", "name", "id", "PhysicalName", "WorkflowId", "SdkMessageProcessingStepId", "PluginAssemblyId", "type", "value" };

        public static string FileOf(XObject node, string fallback)
        {
            for (var element = node as XElement ?? node.Parent; element is not null; element = element.Parent)
            {
                var source = element.Annotation<SourceFile>();
                if (source is not null)
                {
                    return source.Path;
                }
            }

            return node.Document?.Root?.Annotation<SourceFile>()?.Path ?? fallback;
        }

        public static string Describe(XObject node)
        {
            var element = node as XElement ?? node.Parent;
            var path = new StringBuilder();
            for (var current = element; current is not null; current = current.Parent)
            {
                var segment = Segment(current);
                path.Insert(0, path.Length == 0 ? segment : segment + "/");
                if (current.Annotation<SourceFile>() is not null)
                {
                    break;
                }
            }

            if (node is XAttribute attribute)
            {
                path.Append("/@").Append(attribute.Name.LocalName);
            }

            return node is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}, {path}" : path.ToString();
        }

        private static string Segment(XElement element)
        {
            var key = IdentifyingAttributes.Select(a => element.Attribute(a)).FirstOrDefault(a => a is not null);
            return key is null ? element.Name.LocalName : $"{element.Name.LocalName}[@{key.Name.LocalName}='{key.Value}']";
        }
    }
}
