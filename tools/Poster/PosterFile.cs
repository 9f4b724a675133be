using System;
using System.IO;
using DataverseFunnel.Metrics;

namespace DataverseFunnel.Poster
{
    /// <summary>Writes the bowtie poster for some metrics; the file's extension (.svg or .png) picks the format.</summary>
    public static class PosterFile
    {
        /// <summary>Writes <paramref name="metrics"/> as a poster to <paramref name="path"/> (.svg or .png).</summary>
        /// <exception cref="ArgumentException">The extension is neither .svg nor .png.</exception>
        /// <exception cref="PosterFontException">A PNG was asked for and no font is installed.</exception>
        public static void Save(BowtieMetrics metrics, string path)
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension is not (".svg" or ".png"))
            {
                throw new ArgumentException($"The poster is written as .svg or .png; '{Path.GetFileName(path)}' is neither.", nameof(path));
            }

            var scene = PosterLayout.Build(metrics);
            using var buffer = new MemoryStream();
            if (extension == ".svg")
            {
                SvgPosterWriter.Write(scene, buffer);
            }
            else
            {
                PngPosterRenderer.Write(scene, buffer);
            }

            // Rendered in memory first, so a failure (no font) leaves no half-written file behind.
            File.WriteAllBytes(path, buffer.ToArray());
        }

        /// <summary>The poster as SVG text.</summary>
        public static string ToSvg(BowtieMetrics metrics)
        {
            using var buffer = new MemoryStream();
            SvgPosterWriter.Write(PosterLayout.Build(metrics), buffer);
            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
