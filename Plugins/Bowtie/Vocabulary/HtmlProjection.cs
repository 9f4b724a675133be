namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// The text a reader sees in rich-text HTML: tags, comments, script and style are dropped, entities decoded.
    /// Each visible character remembers where it came from, so findings point into the original string and a
    /// rewrite touches only text. A tag becomes a separator that breaks phrases (so a rewrite never spans a tag);
    /// block tags (p, div, br, li…) also end the sentence.
    /// </summary>
    internal sealed class HtmlProjection
    {
        private readonly int[] origin;

        private HtmlProjection(string original, string visible, int[] origin)
        {
            Original = original;
            Visible = visible;
            this.origin = origin;
        }

        public string Original { get; }

        public string Visible { get; }

        /// <summary>Cheap check: a tag start ("&lt;p", "&lt;/", "&lt;!") or an entity ("&amp;nbsp;", "&amp;#39;").</summary>
        public static bool LooksLikeHtml(string text)
        {
            var lastTagEnd = text.LastIndexOf('>');
            for (var i = text.IndexOf('<'); i >= 0 && i < lastTagEnd; i = text.IndexOf('<', i + 1))
            {
                var next = text[i + 1];
                if ((uint)((next | 0x20) - 'a') <= 'z' - 'a' || next == '/' || next == '!')
                {
                    return true;
                }
            }

            for (var i = text.IndexOf('&'); i >= 0; i = text.IndexOf('&', i + 1))
            {
                if (HtmlEntities.TryDecode(text, i, out _, out _, out _))
                {
                    return true;
                }
            }

            return false;
        }

        public static HtmlProjection Create(string html)
        {
            var visible = new char[html.Length];
            var origin = new int[html.Length];
            var v = 0;
            var i = 0;
            while (i < html.Length)
            {
                var c = html[i];
                if (c == '<' && HtmlTags.TryRead(html, i, out var tagEnd, out var endsSentence))
                {
                    origin[v] = i;
                    visible[v++] = endsSentence ? '\n' : CharKinds.HardSeparator;
                    i = tagEnd;
                    continue;
                }

                if (c == '&' && HtmlEntities.TryDecode(html, i, out var entityEnd, out var first, out var second))
                {
                    origin[v] = i;
                    visible[v++] = first;
                    if (second != '\0')
                    {
                        origin[v] = i;
                        visible[v++] = second;
                    }

                    i = entityEnd;
                    continue;
                }

                origin[v] = i;
                visible[v++] = c;
                i++;
            }

            return new HtmlProjection(html, new string(visible, 0, v), origin);
        }

        /// <summary>Index in the original of visible character <paramref name="visibleIndex"/>.</summary>
        public int OriginalStart(int visibleIndex) => origin[visibleIndex];

        /// <summary>Index in the original just after the visible range ending (exclusive) at <paramref name="visibleEnd"/>.</summary>
        public int OriginalEnd(int visibleEnd)
        {
            var last = origin[visibleEnd - 1];
            if (Original[last] == '&' && HtmlEntities.TryDecode(Original, last, out var entityEnd, out _, out _))
            {
                return entityEnd;
            }

            return last + 1;
        }
    }
}
