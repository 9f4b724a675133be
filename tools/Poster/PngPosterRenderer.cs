using System;
using System.IO;
using SkiaSharp;

namespace DataverseFunnel.Poster
{
    /// <summary>
    /// Draws a <see cref="PosterScene"/> into a PNG with SkiaSharp, by default A3 landscape at 300 dpi (4961 × 3508 px),
    /// the scene scaled uniformly and centred.
    /// </summary>
    internal static class PngPosterRenderer
    {
        public const int A3Width = 4961;
        public const int A3Height = 3508;

        public static void Write(PosterScene scene, Stream output, int width = A3Width, int height = A3Height)
        {
            var (regular, bold) = PosterFonts.Resolve();
            using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
            using (var canvas = new SKCanvas(bitmap))
            {
                canvas.Clear(SKColor.Parse(PosterPalette.Background));
                var scale = (float)Math.Min(width / scene.Width, height / scene.Height);
                canvas.Translate((float)((width - (scene.Width * scale)) / 2), (float)((height - (scene.Height * scale)) / 2));
                canvas.Scale(scale);
                foreach (var shape in scene.Shapes)
                {
                    Draw(canvas, shape, regular, bold);
                }
            }

            using var image = SKImage.FromBitmap(bitmap);
            using var png = image.Encode(SKEncodedImageFormat.Png, 100);
            png.SaveTo(output);
        }

        private static void Draw(SKCanvas canvas, PosterShape shape, SKTypeface regular, SKTypeface bold)
        {
            using var paint = new SKPaint { IsAntialias = true };
            switch (shape)
            {
                case PolygonShape polygon:
                    using (var path = new SKPath())
                    {
                        path.MoveTo(F(polygon.Points[0].X), F(polygon.Points[0].Y));
                        for (var i = 1; i < polygon.Points.Count; i++)
                        {
                            path.LineTo(F(polygon.Points[i].X), F(polygon.Points[i].Y));
                        }

                        path.Close();
                        paint.Color = SKColor.Parse(polygon.Fill);
                        canvas.DrawPath(path, paint);
                    }

                    break;
                case RectShape rect:
                    var box = SKRect.Create(F(rect.X), F(rect.Y), F(rect.Width), F(rect.Height));
                    if (rect.Fill is not null)
                    {
                        paint.Color = SKColor.Parse(rect.Fill);
                        canvas.DrawRoundRect(box, F(rect.Radius), F(rect.Radius), paint);
                    }

                    if (rect.Stroke is not null)
                    {
                        paint.Style = SKPaintStyle.Stroke;
                        paint.StrokeWidth = F(rect.StrokeWidth);
                        paint.Color = SKColor.Parse(rect.Stroke);
                        canvas.DrawRoundRect(box, F(rect.Radius), F(rect.Radius), paint);
                    }

                    break;
                case LineShape line:
                    paint.Style = SKPaintStyle.Stroke;
                    paint.StrokeWidth = F(line.Width);
                    paint.Color = SKColor.Parse(line.Color);
                    using (var dash = line.Dashed ? SKPathEffect.CreateDash(new[] { 8f, 6f }, 0) : null)
                    {
                        paint.PathEffect = dash;
                        canvas.DrawLine(F(line.X1), F(line.Y1), F(line.X2), F(line.Y2), paint);
                    }

                    break;
                case TextShape text:
                    using (var font = new SKFont(text.Bold ? bold : regular, F(text.Size)) { Subpixel = true })
                    {
                        paint.Color = SKColor.Parse(text.Color);
                        var align = text.Anchor switch
                        {
                            TextAnchor.Middle => SKTextAlign.Center,
                            TextAnchor.End => SKTextAlign.Right,
                            _ => SKTextAlign.Left,
                        };
                        canvas.DrawText(text.Text, F(text.X), F(text.Y), align, font, paint);
                    }

                    break;
                default:
                    throw new InvalidOperationException($"No PNG form for {shape.GetType().Name}.");
            }
        }

        private static float F(double value) => (float)value;
    }
}
