namespace DataverseFunnel.Plugins.Bowtie.Poster
{
    /// <summary>
    /// Colours: blues for acquisition (left), a dark knot, greens for recurring impact (right), orange for the gap.
    /// Every colour text is drawn in meets WCAG AA on every fill it is drawn over (white on each stage, ink, muted, gap
    /// and the motion colours on the panels): Tests/Metrics.Tests/Poster/PosterContrastTests measures each pair.
    /// </summary>
    public static class PosterPalette
    {
        public const string Background = "#FFFFFF";
        public const string Ink = "#1B2A3A";
        public const string Muted = "#5B6B7B";
        public const string Rule = "#B8C4D0";
        public const string Panel = "#F3F6F9";
        public const string OnShape = "#FFFFFF";
        public const string Knot = "#14253D";
        public const string Gap = "#B63C0C";
        public const string GapPanel = "#FFF1E6";

        // White text on each: the lightest blue and the greens are dark enough for 4.5:1 (the old LTV green gave 2.4:1).
        public static readonly string[] Stages =
            { "#1E4F8A", "#2964A8", "#2D6CB5", Knot, "#0B5A48", "#0E6B55", "#17715D" };

        public static readonly string[] Motions = { "#2964A8", "#7B4FA8", "#9A5A00", "#5B6B7B" };
    }
}
