namespace DataverseFunnel.Poster
{
    /// <summary>Colours: blues for acquisition (left), a dark knot, greens for recurring impact (right), orange for the gap.</summary>
    internal static class PosterPalette
    {
        public const string Background = "#FFFFFF";
        public const string Ink = "#1B2A3A";
        public const string Muted = "#5B6B7B";
        public const string Rule = "#B8C4D0";
        public const string Panel = "#F3F6F9";
        public const string OnShape = "#FFFFFF";
        public const string Knot = "#14253D";
        public const string Gap = "#D9480F";
        public const string GapPanel = "#FFF1E6";

        public static readonly string[] Stages =
            { "#1E4F8A", "#2964A8", "#3679C4", Knot, "#1A8A70", "#1FA283", "#2BBB96" };

        public static readonly string[] Motions = { "#2964A8", "#7B4FA8", "#C07A12", "#5B6B7B" };
    }
}
