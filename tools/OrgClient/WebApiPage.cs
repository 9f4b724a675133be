using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace DataverseFunnel.OrgClient
{
    /// <summary>Reads one row of a page: the reader is on the row's StartObject and must be left on its EndObject.</summary>
    public delegate void WebApiRowReader(ref Utf8JsonReader row);

    /// <summary>
    /// One page of a Web API collection as the org sent it (UTF-8 JSON bytes, <c>{"value":[…],"@odata.nextLink":"…"}</c>),
    /// read forward-only: no document tree is built, a caller maps each row's properties in one pass. A page read from
    /// the org holds a pooled buffer until disposed.
    /// </summary>
    public sealed class WebApiPage : IDisposable
    {
        private static readonly byte[] NextLinkName = "@odata.nextLink"u8.ToArray();
        private readonly PooledBody? owner;

        private WebApiPage(ReadOnlyMemory<byte> json, string? nextLink, PooledBody? owner)
        {
            Json = json;
            NextLink = nextLink;
            this.owner = owner;
        }

        /// <summary>The page's JSON as received (empty once disposed).</summary>
        public ReadOnlyMemory<byte> Json { get; private set; }

        /// <summary>The <c>@odata.nextLink</c> to the next page, or null on the last page.</summary>
        public string? NextLink { get; }

        /// <summary>Reads the page's next link; the rows are read later by <see cref="ReadRows"/>.</summary>
        /// <exception cref="InvalidDataException">The body is not a JSON object.</exception>
        public static WebApiPage Parse(ReadOnlyMemory<byte> json) => Parse(json, null);

        /// <summary>As <see cref="Parse(ReadOnlyMemory{byte})"/>; the page owns <paramref name="body"/> (even when it is not JSON).</summary>
        internal static WebApiPage Parse(PooledBody body)
        {
            try
            {
                return Parse(body.Bytes, body);
            }
            catch
            {
                body.Dispose();
                throw;
            }
        }

        /// <summary>Gives the page's buffer back to the pool; the page cannot be read after.</summary>
        public void Dispose()
        {
            Json = ReadOnlyMemory<byte>.Empty;
            owner?.Dispose();
        }

        private static WebApiPage Parse(ReadOnlyMemory<byte> json, PooledBody? owner)
        {
            try
            {
                return new WebApiPage(json, LastMemberNextLink(json.Span, out var link) ? link : FindNextLink(json.Span), owner);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"A page is not JSON: {e.Message}");
            }
        }

        /// <summary>
        /// Calls <paramref name="read"/> for each object of the page's <c>value</c> array; returns how many. The whole page
        /// is read (and so checked as JSON), and its next link must be the one <see cref="Parse"/> found.
        /// </summary>
        /// <exception cref="InvalidDataException">The page is not JSON, a row is not an object, or the reader did not
        /// read exactly its row.</exception>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a loop over 5,000 rows: no slow first tier
        public int ReadRows(WebApiRowReader read)
        {
            try
            {
                var reader = new Utf8JsonReader(Json.Span);
                Expect(ref reader, JsonTokenType.StartObject);
                var rows = 0;
                string? link = null;
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("value"u8))
                    {
                        Expect(ref reader, JsonTokenType.StartArray);
                        while (Next(ref reader) == JsonTokenType.StartObject)
                        {
                            var depth = reader.CurrentDepth;
                            read(ref reader);
                            if (reader.TokenType != JsonTokenType.EndObject || reader.CurrentDepth != depth)
                            {
                                throw new InvalidDataException("A row was not read to its end.");
                            }

                            rows++;
                        }

                        Require(reader.TokenType == JsonTokenType.EndArray, "a row of 'value' is not an object");
                    }
                    else if (reader.ValueTextEquals(NextLinkName))
                    {
                        Next(ref reader);
                        link = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    }
                    else
                    {
                        Next(ref reader);
                        reader.Skip();
                    }
                }

                Require(link == NextLink, "its @odata.nextLink is not the one read ahead");
                return rows;
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"A page is not JSON: {e.Message}");
            }
        }

        // The org writes the next link as the object's last member, after the rows: read it from the end (backwards over
        // one string property), so the next page can be asked for before this page's rows are read. Inside a JSON string
        // a quote is escaped by an odd run of backslashes, and a backslash never appears outside one.
        private static bool LastMemberNextLink(ReadOnlySpan<byte> json, out string? link)
        {
            link = null;
            var end = json.TrimEnd(" \t\r\n"u8);
            if (end.Length < 2 || end[^1] != (byte)'}')
            {
                return false;
            }

            end = end[..^1].TrimEnd(" \t\r\n"u8);
            var valueStart = StringStart(end);
            if (valueStart < 0)
            {
                return false;
            }

            var beforeValue = end[..valueStart].TrimEnd(" \t\r\n"u8);
            if (beforeValue.Length == 0 || beforeValue[^1] != (byte)':')
            {
                return false;
            }

            beforeValue = beforeValue[..^1].TrimEnd(" \t\r\n"u8);
            var nameStart = StringStart(beforeValue);
            if (nameStart < 0 || !beforeValue[(nameStart + 1)..^1].SequenceEqual(NextLinkName))
            {
                return false;
            }

            var value = new Utf8JsonReader(end[valueStart..]);
            value.Read();
            link = value.GetString();
            return true;
        }

        /// <summary>Where the JSON string ending <paramref name="text"/> opens, or -1 if text does not end with one.</summary>
        private static int StringStart(ReadOnlySpan<byte> text)
        {
            if (text.Length < 2 || text[^1] != (byte)'"')
            {
                return -1;
            }

            var at = text.Length - 1;
            while (true)
            {
                at = text[..at].LastIndexOf((byte)'"');
                if (at < 0)
                {
                    return -1;
                }

                var backslashes = 0;
                while (at - backslashes > 0 && text[at - backslashes - 1] == (byte)'\\')
                {
                    backslashes++;
                }

                if (backslashes % 2 == 0)
                {
                    return at;
                }
            }
        }

        // Any other shape (the link not last, or the last page): one pass over the top-level members, skipping the rows.
        private static string? FindNextLink(ReadOnlySpan<byte> json)
        {
            var reader = new Utf8JsonReader(json);
            Expect(ref reader, JsonTokenType.StartObject);
            string? link = null;
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var isLink = reader.ValueTextEquals(NextLinkName);
                Next(ref reader);
                if (isLink && reader.TokenType == JsonTokenType.String)
                {
                    link = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }

            return link;
        }

        private static JsonTokenType Next(ref Utf8JsonReader reader)
        {
            Require(reader.Read(), "it ends early");
            return reader.TokenType;
        }

        private static void Expect(ref Utf8JsonReader reader, JsonTokenType token) =>
            Require(Next(ref reader) == token, $"expected {token}, found {reader.TokenType}");

        private static void Require(bool condition, string what)
        {
            if (!condition)
            {
                throw new InvalidDataException($"A page is not a Web API collection: {what}.");
            }
        }
    }
}
