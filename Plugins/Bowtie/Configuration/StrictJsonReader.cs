using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DataverseFunnel.Plugins.Bowtie.Configuration
{
    /// <summary>
    /// A small, strict JSON (RFC 8259) reader for step configuration: no comments, no trailing commas, no duplicate
    /// keys, nothing after the value, bounded size and nesting. Errors name the position.
    /// </summary>
    internal sealed class StrictJsonReader
    {
        /// <summary>Configuration is a few hundred characters; anything far larger is a mistake, not a setting.</summary>
        public const int MaxLength = 65536;

        private const int MaxDepth = 16;

        private readonly string _text;
        private int _position;

        private StrictJsonReader(string text) => _text = text;

        /// <summary>
        /// A step configuration's top-level object, or null with <paramref name="error"/> saying why not (invalid JSON,
        /// or another kind of value; <paramref name="example"/> shows the object expected).
        /// </summary>
        public static JsonNode? ParseObject(string text, string example, out string? error)
        {
            JsonNode root;
            try
            {
                root = Parse(text);
            }
            catch (JsonSyntaxException e)
            {
                error = "it is not valid JSON: " + e.Message;
                return null;
            }

            error = root.Kind == JsonKind.Object ? null : "it must be a JSON object such as " + example + ", not " + root.Describe();
            return error == null ? root : null;
        }

        public static JsonNode Parse(string text)
        {
            if (text.Length > MaxLength)
            {
                throw new JsonSyntaxException("it is " + text.Length.ToString("N0", CultureInfo.InvariantCulture) +
                    " characters long; the limit is " + MaxLength.ToString("N0", CultureInfo.InvariantCulture));
            }

            var reader = new StrictJsonReader(text);
            var value = reader.ReadValue(0);
            reader.SkipWhitespace();
            if (reader._position < text.Length)
            {
                throw reader.Error("unexpected text after the end of the JSON value");
            }

            return value;
        }

        private JsonNode ReadValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error("nesting is deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
            }

            SkipWhitespace();
            if (_position >= _text.Length)
            {
                throw Error("the text ends where a value was expected");
            }

            var c = _text[_position];
            switch (c)
            {
                case '{': return ReadObject(depth);
                case '[': return ReadArray(depth);
                case '"': return JsonNode.String(ReadString());
                case 't': return ReadLiteral("true", JsonKind.True);
                case 'f': return ReadLiteral("false", JsonKind.False);
                case 'n': return ReadLiteral("null", JsonKind.Null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ReadNumber();
                    }

                    throw Error("unexpected character '" + c + "'");
            }
        }

        private JsonNode ReadObject(int depth)
        {
            _position++;
            var members = new List<KeyValuePair<string, JsonNode>>();
            var seen = new HashSet<string>();
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return JsonNode.Object(members);
            }

            while (true)
            {
                SkipWhitespace();
                if (_position >= _text.Length || _text[_position] != '"')
                {
                    throw Error("expected a key in double quotes");
                }

                var keyPosition = _position;
                var key = ReadString();
                if (!seen.Add(key))
                {
                    _position = keyPosition;
                    throw Error("the key '" + key + "' appears twice");
                }

                SkipWhitespace();
                Expect(':');
                members.Add(new KeyValuePair<string, JsonNode>(key, ReadValue(depth + 1)));
                SkipWhitespace();
                if (TryConsume('}'))
                {
                    return JsonNode.Object(members);
                }

                Expect(',');
            }
        }

        private JsonNode ReadArray(int depth)
        {
            _position++;
            var items = new List<JsonNode>();
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return JsonNode.Array(items);
            }

            while (true)
            {
                items.Add(ReadValue(depth + 1));
                SkipWhitespace();
                if (TryConsume(']'))
                {
                    return JsonNode.Array(items);
                }

                Expect(',');
            }
        }

        private string ReadString()
        {
            _position++;
            var text = new StringBuilder();
            while (_position < _text.Length)
            {
                var c = _text[_position++];
                if (c == '"')
                {
                    return text.ToString();
                }

                if (c < ' ')
                {
                    _position--;
                    throw Error("a control character inside a string (write it as an escape such as \\n)");
                }

                if (c != '\\')
                {
                    text.Append(c);
                    continue;
                }

                if (_position >= _text.Length)
                {
                    break;
                }

                var escape = _text[_position++];
                switch (escape)
                {
                    case '"': text.Append('"'); break;
                    case '\\': text.Append('\\'); break;
                    case '/': text.Append('/'); break;
                    case 'b': text.Append('\b'); break;
                    case 'f': text.Append('\f'); break;
                    case 'n': text.Append('\n'); break;
                    case 'r': text.Append('\r'); break;
                    case 't': text.Append('\t'); break;
                    case 'u':
                        if (_position + 4 > _text.Length ||
                            !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Error("\\u must be followed by four hex digits");
                        }

                        text.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        _position--;
                        throw Error("unknown escape '\\" + escape + "'");
                }
            }

            throw Error("a string is not closed with a double quote");
        }

        private JsonNode ReadNumber()
        {
            var start = _position;
            TryConsume('-');
            if (!TryConsume('0'))
            {
                ReadDigits();
            }

            if (TryConsume('.'))
            {
                ReadDigits();
            }

            if (TryConsume('e') || TryConsume('E'))
            {
                if (!TryConsume('+'))
                {
                    TryConsume('-');
                }

                ReadDigits();
            }

            return JsonNode.Number(_text.Substring(start, _position - start));
        }

        private void ReadDigits()
        {
            var start = _position;
            while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
            {
                _position++;
            }

            if (_position == start)
            {
                throw Error("expected a digit");
            }
        }

        private JsonNode ReadLiteral(string word, JsonKind kind)
        {
            if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
            {
                throw Error("unexpected word (true, false and null are lower case; text goes in double quotes)");
            }

            _position += word.Length;
            return JsonNode.Literal(kind);
        }

        private void SkipWhitespace()
        {
            while (_position < _text.Length && (_text[_position] == ' ' || _text[_position] == '\t' || _text[_position] == '\n' || _text[_position] == '\r'))
            {
                _position++;
            }
        }

        private bool TryConsume(char c)
        {
            if (_position < _text.Length && _text[_position] == c)
            {
                _position++;
                return true;
            }

            return false;
        }

        private void Expect(char c)
        {
            if (!TryConsume(c))
            {
                throw Error(_position < _text.Length ? "expected '" + c + "' but found '" + _text[_position] + "'" : "expected '" + c + "' but the text ends");
            }
        }

        private JsonSyntaxException Error(string what) =>
            new JsonSyntaxException(what + " at character " + (_position + 1).ToString(CultureInfo.InvariantCulture));
    }
}
