using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Configuration
{
    /// <summary>The kinds of JSON value the configuration reader understands.</summary>
    internal enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>
    /// A parsed JSON value. Plugins can't depend on System.Text.Json, and the configuration is tiny, so a small strict
    /// tree is all we need. Object members keep their order and duplicates are rejected by the reader.
    /// </summary>
    internal sealed class JsonNode
    {
        private JsonNode(JsonKind kind, string? text, IReadOnlyList<KeyValuePair<string, JsonNode>>? members, IReadOnlyList<JsonNode>? items)
        {
            Kind = kind;
            Text = text;
            Members = members ?? new KeyValuePair<string, JsonNode>[0];
            Items = items ?? new JsonNode[0];
        }

        public static JsonNode Object(IReadOnlyList<KeyValuePair<string, JsonNode>> members) => new JsonNode(JsonKind.Object, null, members, null);

        public static JsonNode Array(IReadOnlyList<JsonNode> items) => new JsonNode(JsonKind.Array, null, null, items);

        public static JsonNode String(string text) => new JsonNode(JsonKind.String, text, null, null);

        public static JsonNode Number(string text) => new JsonNode(JsonKind.Number, text, null, null);

        public static JsonNode Literal(JsonKind kind) => new JsonNode(kind, null, null, null);

        public JsonKind Kind { get; }

        /// <summary>The string's value, or the number as written.</summary>
        public string? Text { get; }

        public IReadOnlyList<KeyValuePair<string, JsonNode>> Members { get; }

        public IReadOnlyList<JsonNode> Items { get; }

        /// <summary>"an object", "a string", "true"…: how a value is named in an error message.</summary>
        public string Describe()
        {
            switch (Kind)
            {
                case JsonKind.Object: return "an object";
                case JsonKind.Array: return "a list";
                case JsonKind.String: return "the text \"" + (Text!.Length > 40 ? Text.Substring(0, 40) + "…" : Text) + "\"";
                case JsonKind.Number: return "the number " + Text;
                case JsonKind.True: return "true";
                case JsonKind.False: return "false";
                default: return "null";
            }
        }
    }
}
