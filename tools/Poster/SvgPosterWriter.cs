using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace DataverseFunnel.Poster
{
    /// <summary>
    /// Writes a <see cref="PosterScene"/> as SVG: an A3-landscape page (420 × 297 mm) whose viewBox is the scene's units.
    /// Text names DejaVu Sans first with common fallbacks, so a viewer without it still shows every figure.
    /// </summary>
    internal static class SvgPosterWriter
    {
        private const string Namespace = "http://www.w3.org/2000/svg";
        private const string Fonts = "'DejaVu Sans', Verdana, Arial, Helvetica, sans-serif";

        public static void Write(PosterScene scene, Stream output)
        {
            var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
            using var xml = XmlWriter.Create(output, settings);
            xml.WriteStartDocument();
            xml.WriteStartElement("svg", Namespace);
            xml.WriteAttributeString("width", "420mm");
            xml.WriteAttributeString("height", "297mm");
            xml.WriteAttributeString("viewBox", $"0 0 {N(scene.Width)} {N(scene.Height)}");
            xml.WriteAttributeString("font-family", Fonts);
            xml.WriteElementString("title", Namespace, scene.Title);
            xml.WriteStartElement("rect", Namespace);
            Attributes(xml, ("width", "100%"), ("height", "100%"), ("fill", PosterPalette.Background));
            xml.WriteEndElement();
            foreach (var shape in scene.Shapes)
            {
                Shape(xml, shape);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        private static void Shape(XmlWriter xml, PosterShape shape)
        {
            switch (shape)
            {
                case PolygonShape polygon:
                    xml.WriteStartElement("polygon", Namespace);
                    Attributes(xml, ("points", string.Join(" ", polygon.Points.Select(p => $"{N(p.X)},{N(p.Y)}"))),
                        ("fill", polygon.Fill));
                    break;
                case RectShape rect:
                    xml.WriteStartElement("rect", Namespace);
                    Attributes(xml, ("x", N(rect.X)), ("y", N(rect.Y)), ("width", N(rect.Width)), ("height", N(rect.Height)),
                        ("rx", N(rect.Radius)), ("fill", rect.Fill ?? "none"));
                    if (rect.Stroke is not null)
                    {
                        Attributes(xml, ("stroke", rect.Stroke), ("stroke-width", N(rect.StrokeWidth)));
                    }

                    break;
                case LineShape line:
                    xml.WriteStartElement("line", Namespace);
                    Attributes(xml, ("x1", N(line.X1)), ("y1", N(line.Y1)), ("x2", N(line.X2)), ("y2", N(line.Y2)),
                        ("stroke", line.Color), ("stroke-width", N(line.Width)));
                    if (line.Dashed)
                    {
                        Attributes(xml, ("stroke-dasharray", "8 6"));
                    }

                    break;
                case TextShape text:
                    xml.WriteStartElement("text", Namespace);
                    Attributes(xml, ("x", N(text.X)), ("y", N(text.Y)), ("font-size", N(text.Size)), ("fill", text.Color));
                    if (text.Bold)
                    {
                        Attributes(xml, ("font-weight", "bold"));
                    }

                    if (text.Anchor != TextAnchor.Start)
                    {
                        Attributes(xml, ("text-anchor", text.Anchor == TextAnchor.Middle ? "middle" : "end"));
                    }

                    xml.WriteString(text.Text);
                    break;
                default:
                    throw new System.InvalidOperationException($"No SVG form for {shape.GetType().Name}.");
            }

            xml.WriteEndElement();
        }

        private static void Attributes(XmlWriter xml, params (string Name, string Value)[] attributes)
        {
            foreach (var (name, value) in attributes)
            {
                xml.WriteAttributeString(name, value);
            }
        }

        private static string N(double value) => PosterText.Number(value);
    }
}
