using System;
using System.IO;

namespace DataverseFunnel.Poster
{
    /// <summary>
    /// Writes the bowtie poster for some metrics; the file's extension picks the format: .svg, .png, or .html (the SVG
    /// with the same numbers as text tables beside it, for screen readers and for a page inside Dynamics).
    /// </summary>
    public static class PosterFile
    {
        /// <summary>Writes <paramref name="metrics"/> as a poster to <paramref name="path"/> (.svg, .png or .html).</summary>
        /// <exception cref="ArgumentException">The extension is none of .svg, .png, .html.</exception>
        /// <exception cref="PosterFontException">A PNG was asked for and no font is installed.</exception>
        public static void Save(BowtieMetrics metrics, string path)
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension is not (".svg" or ".png" or ".html"))
            {
                throw new ArgumentException($"The poster is written as .svg, .png or .html; '{Path.GetFileName(path)}' is none of them.", nameof(path));
            }

            if (extension == ".html")
            {
                File.WriteAllText(path, ToHtml(metrics), new System.Text.UTF8Encoding(false));
                return;
            }

            if (extension == ".svg")
            {
                File.WriteAllText(path, ToSvg(metrics), new System.Text.UTF8Encoding(false));
                return;
            }

            // Rendered in memory first, so a failure (no font) leaves no half-written file behind.
            using var buffer = new MemoryStream();
            PngPosterRenderer.Write(PosterLayout.Build(metrics), buffer);
            File.WriteAllBytes(path, buffer.ToArray());
        }

        /// <summary>
        /// The poster as one HTML page: the SVG inline, then a text table of the same numbers
        /// (https://www.w3.org/WAI/tutorials/images/complex/: a complex image gets its data as text beside it).
        /// </summary>
        public static string ToHtml(BowtieMetrics metrics)
        {
            var svg = ToSvg(metrics);
            svg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..]; // the XML declaration has no place inside HTML
            return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>The revenue bowtie</title>\n"
                + "<style>body{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;color:#1B2A3A;background:#FFFFFF;margin:1rem}"
                + "svg{max-width:100%;height:auto}table{border-collapse:collapse;margin:1rem 0}caption{text-align:left;font-weight:bold}"
                + "th,td{border:1px solid #B8C4D0;padding:.25rem .5rem;text-align:right}th[scope=row],thead th{text-align:left}</style>\n"
                + "</head>\n<body>\n<figure>\n" + svg.Replace("<svg ", "<svg role=\"img\" aria-describedby=\"numbers\" ", StringComparison.Ordinal)
                + "\n<figcaption>The revenue bowtie poster; its numbers follow as text.</figcaption>\n</figure>\n<section id=\"numbers\">\n"
                + PosterTable.ToHtml(metrics) + "</section>\n</body>\n</html>\n";
        }

        /// <summary>The poster as SVG text.</summary>
        public static string ToSvg(BowtieMetrics metrics) => SvgPosterWriter.ToSvg(metrics);
    }
}
