using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// The text a reader sees in rich-text HTML: tags, comments, script and style are dropped, entities decoded.
    /// A tag becomes a separator that breaks phrases (so a rewrite never spans a tag); block tags (p, div, br, li…)
    /// also end the sentence. A long text is read in chunks that end at a block tag or a sentence end (where no
    /// phrase or sense rule looks across), each small enough to stay off the large object heap; positions are
    /// mapped back to the original by walking the chunk's markup again, so there is no per-character map.
    /// </summary>
    internal sealed class HtmlProjection
    {
        private const int MinChunk = 16 * 1024;
        private const int MaxChunk = 40 * 1024;

        /// <summary>Size of the buffer <see cref="Create"/> needs: a chunk plus an entity's two characters.</summary>
        public const int BufferSize = MaxChunk + 2;

        private HtmlProjection(string original, int start, int end, string visible)
        {
            Original = original;
            Start = start;
            End = end;
            Visible = visible;
        }

        public string Original { get; }

        /// <summary>Where this chunk starts in the original.</summary>
        public int Start { get; }

        /// <summary>Where this chunk ends (exclusive) in the original: the next chunk's start.</summary>
        public int End { get; }

        public string Visible { get; }

        /// <summary>Cheap check: a tag start ("&lt;p", "&lt;/", "&lt;!") or an entity ("&amp;nbsp;", "&amp;#39;").</summary>
        public static bool LooksLikeHtml(string text)
        {
            var lastTagEnd = text.LastIndexOf('>');
            for (var i = text.IndexOf('<'); i >= 0 && i < lastTagEnd; i = text.IndexOf('<', i + 1))
            {
                if (OpensTag(text, i))
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

        /// <summary>
        /// Whether the '&lt;' at <paramref name="i"/> opens a tag, a closing tag or a comment; the caller has checked
        /// that a '&gt;' follows somewhere after it (so text[i + 1] exists).
        /// </summary>
        public static bool OpensTag(string text, int i)
        {
            var next = text[i + 1];
            return (uint)((next | 0x20) - 'a') <= 'z' - 'a' || next == '/' || next == '!';
        }

        /// <summary>The chunk of <paramref name="html"/> that starts at <paramref name="start"/>, built in <paramref name="buffer"/>.</summary>
        public static HtmlProjection Create(string html, int start, char[] buffer)
        {
            var sink = new VisibleTextSink(html, buffer);
            var end = Walk(html, start, sink);
            return new HtmlProjection(html, start, end, new string(buffer, 0, sink.Length));
        }

        /// <summary>
        /// Maps visible ranges [start, end) — in text order, not overlapping — to original ranges, in place.
        /// An end that falls on an entity extends past its ';'.
        /// </summary>
        public void MapToOriginal(List<int> startsAndEnds)
        {
            // Map each start and each last character (end - 1), then turn the last character into an end.
            var positions = new int[startsAndEnds.Count];
            for (var k = 0; k < positions.Length; k++)
            {
                positions[k] = k % 2 == 0 ? startsAndEnds[k] : startsAndEnds[k] - 1;
            }

            var sink = new PositionMapSink(positions);
            Walk(Original, Start, sink);
            for (var k = 0; k < positions.Length; k++)
            {
                var original = sink.Mapped[k];
                startsAndEnds[k] = k % 2 == 0 ? original : EndAfter(original);
            }
        }

        private int EndAfter(int lastCharacter) =>
            Original[lastCharacter] == '&' && HtmlEntities.TryDecode(Original, lastCharacter, out var entityEnd, out _, out _)
                ? entityEnd
                : lastCharacter + 1;

        /// <summary>Feeds one chunk to the sink; returns the chunk's end in the original.</summary>
        private static int Walk(string html, int start, IHtmlSink sink)
        {
            var runStart = start;
            var visible = 0;
            var i = start;
            while (i < html.Length)
            {
                var c = html[i];
                if (c == '<' && HtmlTags.TryRead(html, i, out var tagEnd, out var endsSentence))
                {
                    sink.Text(runStart, i);
                    sink.Special(endsSentence ? '\n' : CharKinds.HardSeparator, i);
                    visible += i - runStart + 1;
                    i = runStart = tagEnd;
                    if ((endsSentence && visible >= MinChunk) || visible >= MaxChunk)
                    {
                        return i;
                    }
                }
                else if (c == '&' && HtmlEntities.TryDecode(html, i, out var entityEnd, out var first, out var second))
                {
                    sink.Text(runStart, i);
                    sink.Special(first, i);
                    visible += i - runStart + 1;
                    if (second != '\0')
                    {
                        sink.Special(second, i);
                        visible++;
                    }

                    i = runStart = entityEnd;
                    if (visible >= MaxChunk)
                    {
                        return i;
                    }
                }
                else if (visible + (++i - runStart) >= MaxChunk)
                {
                    var cut = CutPoint(html, runStart, i);
                    sink.Text(runStart, cut);
                    return cut;
                }
            }

            sink.Text(runStart, html.Length);
            return html.Length;
        }

        /// <summary>Just after the last sentence end in [from, to), else the last white space, else to.</summary>
        private static int CutPoint(string html, int from, int to)
        {
            var space = -1;
            for (var k = to - 1; k > from; k--)
            {
                if (CharKinds.IsSentenceEnd(html[k]))
                {
                    return k + 1;
                }

                if (space < 0 && char.IsWhiteSpace(html[k]))
                {
                    space = k + 1;
                }
            }

            return space > 0 ? space : to;
        }

        private interface IHtmlSink
        {
            /// <summary>Visible text copied as is: original[start..end).</summary>
            void Text(int start, int end);

            /// <summary>One visible character standing for the markup at original[originalIndex].</summary>
            void Special(char visible, int originalIndex);
        }

        private sealed class VisibleTextSink : IHtmlSink
        {
            private readonly string html;
            private readonly char[] buffer;

            public VisibleTextSink(string html, char[] buffer)
            {
                this.html = html;
                this.buffer = buffer;
            }

            public int Length { get; private set; }

            public void Text(int start, int end)
            {
                html.CopyTo(start, buffer, Length, end - start);
                Length += end - start;
            }

            public void Special(char visible, int originalIndex) => buffer[Length++] = visible;
        }

        private sealed class PositionMapSink : IHtmlSink
        {
            private readonly int[] positions;
            private int next;
            private int visible;

            public PositionMapSink(int[] positions)
            {
                this.positions = positions;
                Mapped = new int[positions.Length];
            }

            public int[] Mapped { get; }

            public void Text(int start, int end)
            {
                var length = end - start;
                while (next < positions.Length && positions[next] < visible + length)
                {
                    Mapped[next] = start + (positions[next] - visible);
                    next++;
                }

                visible += length;
            }

            public void Special(char c, int originalIndex)
            {
                while (next < positions.Length && positions[next] == visible)
                {
                    Mapped[next] = originalIndex;
                    next++;
                }

                visible++;
            }
        }
    }
}
