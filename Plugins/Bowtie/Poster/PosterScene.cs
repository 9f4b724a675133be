using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Poster
{
    /// <summary>
    /// The poster as a list of simple shapes in one coordinate space (an A3-landscape page, 1684 × 1191 units). The SVG
    /// writer and the PNG renderer both draw this, so the two files show the same picture.
    /// </summary>
    public sealed record PosterScene(double Width, double Height, string Title, IReadOnlyList<PosterShape> Shapes);

    public abstract record PosterShape;

    public sealed record PolygonShape(IReadOnlyList<PosterPoint> Points, string Fill) : PosterShape;

    public sealed record RectShape(double X, double Y, double Width, double Height, double Radius, string? Fill,
        string? Stroke, double StrokeWidth) : PosterShape;

    public sealed record LineShape(double X1, double Y1, double X2, double Y2, string Color, double Width, bool Dashed)
        : PosterShape;

    /// <summary>A line of text; <see cref="Y"/> is the baseline.</summary>
    public sealed record TextShape(double X, double Y, string Text, double Size, bool Bold, string Color, TextAnchor Anchor)
        : PosterShape;

    public readonly record struct PosterPoint(double X, double Y);

    public enum TextAnchor
    {
        Start,
        Middle,
        End,
    }
}
