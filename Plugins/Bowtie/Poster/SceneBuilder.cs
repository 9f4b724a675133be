using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Poster
{
    /// <summary>Collects shapes in drawing order (later shapes paint over earlier ones).</summary>
    internal sealed class SceneBuilder
    {
        private readonly List<PosterShape> shapes = new();

        public void Polygon(string fill, params PosterPoint[] points) => shapes.Add(new PolygonShape(points, fill));

        public void Rect(double x, double y, double width, double height, double radius, string? fill,
            string? stroke = null, double strokeWidth = 0) =>
            shapes.Add(new RectShape(x, y, width, height, radius, fill, stroke, strokeWidth));

        public void Line(double x1, double y1, double x2, double y2, string color, double width, bool dashed = false) =>
            shapes.Add(new LineShape(x1, y1, x2, y2, color, width, dashed));

        public void Text(double x, double y, string text, double size, string color, bool bold = false,
            TextAnchor anchor = TextAnchor.Start) =>
            shapes.Add(new TextShape(x, y, text, size, bold, color, anchor));

        public IReadOnlyList<PosterShape> Shapes => shapes;
    }
}
