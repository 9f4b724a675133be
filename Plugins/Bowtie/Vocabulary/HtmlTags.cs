namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>Reads one tag, comment or script/style element of rich text, so the scanner can step over it.</summary>
    internal static class HtmlTags
    {
        /// <summary>
        /// True when text[start] opens markup; <paramref name="end"/> is just after it (after the closing
        /// &lt;/script&gt; for script and style, whose content is not text). Without a closing '&gt;' it is text.
        /// </summary>
        public static bool TryRead(string text, int start, out int end, out bool endsSentence)
        {
            end = start;
            endsSentence = false;
            if (start + 1 >= text.Length)
            {
                return false;
            }

            var next = text[start + 1];
            if (next == '!')
            {
                var close = string.CompareOrdinal(text, start, "<!--", 0, 4) == 0
                    ? text.IndexOf("-->", start + 4, System.StringComparison.Ordinal)
                    : text.IndexOf('>', start + 2);
                end = close < 0 ? -1 : close + (text[close] == '-' ? 3 : 1);
                return close >= 0;
            }

            var nameStart = next == '/' ? start + 2 : start + 1;
            if (nameStart >= text.Length || (uint)((text[nameStart] | 0x20) - 'a') > 'z' - 'a')
            {
                return false;
            }

            var nameEnd = nameStart;
            while (nameEnd < text.Length && char.IsLetterOrDigit(text[nameEnd]))
            {
                nameEnd++;
            }

            var tagEnd = FindTagEnd(text, nameEnd);
            if (tagEnd < 0)
            {
                return false;
            }

            var name = text.Substring(nameStart, nameEnd - nameStart).ToLowerInvariant();
            endsSentence = IsBlock(name);
            end = tagEnd;
            if (next != '/' && (name == "script" || name == "style"))
            {
                var closing = text.IndexOf("</" + name, tagEnd, System.StringComparison.OrdinalIgnoreCase);
                var closingEnd = closing < 0 ? -1 : text.IndexOf('>', closing);
                end = closingEnd < 0 ? text.Length : closingEnd + 1;
            }

            return true;
        }

        /// <summary>Index after the '&gt;' that ends the tag, skipping quoted attribute values; -1 when none.</summary>
        private static int FindTagEnd(string text, int from)
        {
            var quote = '\0';
            for (var i = from; i < text.Length; i++)
            {
                var c = text[i];
                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        quote = '\0';
                    }
                }
                else if (c == '"' || c == '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    return i + 1;
                }
                else if (c == '<')
                {
                    return -1; // "a < b <p>": the first '<' was text
                }
            }

            return -1;
        }

        private static bool IsBlock(string name)
        {
            switch (name)
            {
                case "p": case "div": case "br": case "li": case "ul": case "ol": case "tr": case "td": case "th":
                case "table": case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "blockquote":
                case "section": case "article": case "header": case "footer": case "hr": case "pre": case "dd":
                case "dt": case "dl": case "title":
                    return true;
                default:
                    return false;
            }
        }
    }
}
