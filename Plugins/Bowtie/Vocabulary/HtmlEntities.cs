using System.Globalization;
using System.Text;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// Decodes the character references rich text uses: numeric (&amp;#39; &amp;#x2019;), the common named ones
    /// (&amp;nbsp; &amp;rsquo; &amp;shy;…) and accented Latin letters (&amp;iuml; → ï) by composing letter + mark.
    /// An unknown name is literal text, as in a browser.
    /// </summary>
    internal static class HtmlEntities
    {
        public static bool TryDecode(string text, int start, out int end, out char first, out char second)
        {
            end = start;
            first = second = '\0';
            var semicolon = -1;
            for (var i = start + 1; i < text.Length && i <= start + 12; i++)
            {
                if (text[i] == ';')
                {
                    semicolon = i;
                    break;
                }

                if (!char.IsLetterOrDigit(text[i]) && !(i == start + 1 && text[i] == '#'))
                {
                    return false;
                }
            }

            if (semicolon < start + 2)
            {
                return false;
            }

            var name = text.Substring(start + 1, semicolon - start - 1);
            var decoded = name[0] == '#' ? Numeric(name) : Named(name);
            if (decoded == null || decoded.Length == 0 || decoded.Length > 2)
            {
                return false;
            }

            end = semicolon + 1;
            first = decoded[0];
            second = decoded.Length == 2 ? decoded[1] : '\0';
            return true;
        }

        private static string? Numeric(string name)
        {
            var hex = name.Length > 1 && (name[1] == 'x' || name[1] == 'X');
            var digits = name.Substring(hex ? 2 : 1);
            if (!int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                || code <= 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            {
                return null;
            }

            return char.ConvertFromUtf32(code);
        }

        private static string? Named(string name)
        {
            switch (name)
            {
                case "nbsp": return "\u00A0";
                case "amp": return "&";
                case "lt": return "<";
                case "gt": return ">";
                case "quot": return "\"";
                case "apos": return "'";
                case "rsquo": return "\u2019";
                case "lsquo": return "\u2018";
                case "rdquo": return "\u201D";
                case "ldquo": return "\u201C";
                case "ndash": return "\u2013";
                case "mdash": return "\u2014";
                case "hellip": return "\u2026";
                case "shy": return "\u00AD";
                case "zwj": return "\u200D";
                case "zwnj": return "\u200C";
                case "hyphen": return "\u2010";
                case "szlig": return "\u00DF";
                case "aelig": return "\u00E6";
                case "AElig": return "\u00C6";
                case "oslash": return "\u00F8";
                case "Oslash": return "\u00D8";
                case "eth": return "\u00F0";
                case "thorn": return "\u00FE";
                default: return AccentedLetter(name);
            }
        }

        /// <summary>"iuml" → ï: a Latin letter plus a combining mark, composed.</summary>
        private static string? AccentedLetter(string name)
        {
            if (name.Length < 4 || (uint)((name[0] | 0x20) - 'a') > 'z' - 'a')
            {
                return null;
            }

            string mark;
            switch (name.Substring(1))
            {
                case "acute": mark = "\u0301"; break;
                case "grave": mark = "\u0300"; break;
                case "circ": mark = "\u0302"; break;
                case "uml": mark = "\u0308"; break;
                case "tilde": mark = "\u0303"; break;
                case "ring": mark = "\u030A"; break;
                case "cedil": mark = "\u0327"; break;
                default: return null;
            }

            var composed = (name[0] + mark).Normalize(NormalizationForm.FormC);
            return composed.Length == 1 ? composed : null;
        }
    }
}
