using System;

namespace DataverseFunnel.Poster
{
    /// <summary>No font to draw the PNG's text with: better to stop than to write a poster with blank labels.</summary>
    public sealed class PosterFontException : Exception
    {
        public PosterFontException(string message)
            : base(message)
        {
        }
    }
}
