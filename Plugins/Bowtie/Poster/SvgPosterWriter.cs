using System.Collections.Generic;
using System.Text;
using DataverseFunnel.Plugins.Bowtie.Metrics;

namespace DataverseFunnel.Plugins.Bowtie.Poster
{
    /// <summary>
    /// Writes a <see cref="PosterScene"/> as SVG: an A3-landscape page (420 × 297 mm) whose viewBox is the scene's units.
    /// Text names DejaVu Sans first with common fallbacks, so a viewer without it still shows every figure. The XML is
    /// written by hand in the form .NET's XmlWriter (indented, "\n") wrote it, so the CLI's file and the Custom API's
    /// PosterSvg are the same bytes on every runtime (net462 included).
    /// </summary>
    public static class SvgPosterWriter
    {
        private const string Namespace = "http://www.w3.org/2000/svg";
        private const string Fonts = "'DejaVu Sans', Verdana, Arial, Helvetica, sans-serif";

        /// <summary>The poster of <paramref name="metrics"/> as SVG text (UTF-8 when saved, no byte-order mark).</summary>
        public static string ToSvg(BowtieMetrics metrics) => Write(PosterLayout.Build(metrics));

        public static string Write(PosterScene scene)
        {
            var svg = new StringBuilder(64 * 1024);
            svg.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg");
            Attribute(svg, "width", "420mm");
            Attribute(svg, "height", "297mm");
            Attribute(svg, "viewBox", "0 0 " + N(scene.Width) + " " + N(scene.Height));
            Attribute(svg, "font-family", Fonts);
            Attribute(svg, "xmlns", Namespace);
            svg.Append(">\n  <title>");
            Text(svg, scene.Title);
            svg.Append("</title>\n  <rect");
            Attribute(svg, "width", "100%");
            Attribute(svg, "height", "100%");
            Attribute(svg, "fill", PosterPalette.Background);
            svg.Append(" />");
            foreach (var shape in scene.Shapes)
            {
                svg.Append("\n  ");
                Shape(svg, shape);
            }

            return svg.Append("\n</svg>").ToString();
        }

        private static void Shape(StringBuilder svg, PosterShape shape)
        {
            switch (shape)
            {
                case PolygonShape polygon:
                    svg.Append("<polygon");
                    Attribute(svg, "points", Points(polygon.Points));
                    Attribute(svg, "fill", polygon.Fill);
                    svg.Append(" />");
                    break;
                case RectShape rect:
                    svg.Append("<rect");
                    Attribute(svg, "x", N(rect.X));
                    Attribute(svg, "y", N(rect.Y));
                    Attribute(svg, "width", N(rect.Width));
                    Attribute(svg, "height", N(rect.Height));
                    Attribute(svg, "rx", N(rect.Radius));
                    Attribute(svg, "fill", rect.Fill ?? "none");
                    if (rect.Stroke is not null)
                    {
                        Attribute(svg, "stroke", rect.Stroke);
                        Attribute(svg, "stroke-width", N(rect.StrokeWidth));
                    }

                    svg.Append(" />");
                    break;
                case LineShape line:
                    svg.Append("<line");
                    Attribute(svg, "x1", N(line.X1));
                    Attribute(svg, "y1", N(line.Y1));
                    Attribute(svg, "x2", N(line.X2));
                    Attribute(svg, "y2", N(line.Y2));
                    Attribute(svg, "stroke", line.Color);
                    Attribute(svg, "stroke-width", N(line.Width));
                    if (line.Dashed)
                    {
                        Attribute(svg, "stroke-dasharray", "8 6");
                    }

                    svg.Append(" />");
                    break;
                case TextShape text:
                    svg.Append("<text");
                    Attribute(svg, "x", N(text.X));
                    Attribute(svg, "y", N(text.Y));
                    Attribute(svg, "font-size", N(text.Size));
                    Attribute(svg, "fill", text.Color);
                    if (text.Bold)
                    {
                        Attribute(svg, "font-weight", "bold");
                    }

                    if (text.Anchor != TextAnchor.Start)
                    {
                        Attribute(svg, "text-anchor", text.Anchor == TextAnchor.Middle ? "middle" : "end");
                    }

                    svg.Append('>');
                    Text(svg, text.Text);
                    svg.Append("</text>");
                    break;
                default:
                    throw new System.InvalidOperationException("No SVG form for " + shape.GetType().Name + ".");
            }
        }

        private static string Points(IReadOnlyList<PosterPoint> points)
        {
            var text = new StringBuilder();
            foreach (var point in points)
            {
                text.Append(text.Length == 0 ? string.Empty : " ").Append(N(point.X)).Append(',').Append(N(point.Y));
            }

            return text.ToString();
        }

        // XML escaping as XmlWriter does it (https://www.w3.org/TR/xml/#syntax): &, <, > always; in attributes also the
        // quote and tab/line breaks as character references; in text a line break becomes "\n". A character XML cannot
        // hold (a control character, a lone surrogate) becomes U+FFFD instead of failing the whole poster.
        private static void Attribute(StringBuilder svg, string name, string value)
        {
            svg.Append(' ').Append(name).Append("=\"");
            Escape(svg, value, inAttribute: true);
            svg.Append('"');
        }

        private static void Text(StringBuilder svg, string value) => Escape(svg, value, inAttribute: false);

        private static void Escape(StringBuilder svg, string value, bool inAttribute)
        {
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '&': svg.Append("&amp;"); break;
                    case '<': svg.Append("&lt;"); break;
                    case '>': svg.Append("&gt;"); break;
                    case '"' when inAttribute: svg.Append("&quot;"); break;
                    case '\t' when inAttribute: svg.Append("&#x9;"); break;
                    case '\n': svg.Append(inAttribute ? "&#xA;" : "\n"); break;
                    case '\r':
                        if (inAttribute)
                        {
                            svg.Append("&#xD;");
                        }
                        else
                        {
                            svg.Append('\n');
                            if (i + 1 < value.Length && value[i + 1] == '\n')
                            {
                                i++;
                            }
                        }

                        break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            svg.Append(c).Append(value[++i]);
                        }
                        else if ((c < ' ' && c != '\t') || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                        {
                            svg.Append('\uFFFD');
                        }
                        else
                        {
                            svg.Append(c);
                        }

                        break;
                }
            }
        }

        private static string N(double value) => PosterText.Number(value);
    }
}
