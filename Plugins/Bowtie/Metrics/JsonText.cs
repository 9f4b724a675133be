using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// A minimal indented JSON writer (two spaces, "\n", empty containers as {} and []), written by hand because the net462
    /// plugin may depend on nothing beyond the SDK; its output is the one the CLI wrote with Utf8JsonWriter and relaxed escaping (a test
    /// pins them byte for byte). Strings escape quote, backslash, control characters and surrogates.
    /// </summary>
    public sealed class JsonText
    {
        private readonly StringBuilder _text = new StringBuilder();
        // One entry per open container: whether it has a member yet (a List, not a Stack: Stack lives in System.dll).
        private readonly List<bool> _hasItems = new List<bool>();
        private bool _afterName;

        public void StartObject(string? name = null) => Open(name, '{');

        public void EndObject() => Close('}');

        public void StartArray(string? name = null) => Open(name, '[');

        public void EndArray() => Close(']');

        public void String(string name, string? value) => Value(name, value is null ? "null" : Quote(value));

        public void Number(string name, long value) => Value(name, value.ToString(CultureInfo.InvariantCulture));

        public void Number(string name, decimal value) => Value(name, value.ToString(CultureInfo.InvariantCulture));

        /// <summary>A fraction or a day count rounded to <paramref name="decimals"/>; null when undefined.</summary>
        public void Number(string name, double? value, int decimals) =>
            Value(name, value.HasValue ? Math.Round(value.Value, decimals).ToString("R", CultureInfo.InvariantCulture) : "null");

        public void Null(string name) => Value(name, "null");

        /// <summary>Names the next value (a container started without a name).</summary>
        public void Name(string name)
        {
            Separate();
            _text.Append(Quote(name)).Append(": ");
            _afterName = true;
        }

        public override string ToString() => _text.ToString();

        private void Open(string? name, char bracket)
        {
            if (name != null)
            {
                Name(name);
            }
            else
            {
                Separate();
            }

            _afterName = false;
            _text.Append(bracket);
            _hasItems.Add(false);
        }

        private void Close(char bracket)
        {
            if (Pop())
            {
                NewLine();
            }

            _text.Append(bracket);
        }

        private void Value(string name, string literal)
        {
            Name(name);
            _afterName = false;
            _text.Append(literal);
        }

        // Before a member or an item: a comma after the previous one, then a new line at the current depth.
        private void Separate()
        {
            if (_afterName || _hasItems.Count == 0)
            {
                _afterName = false;
                return;
            }

            if (_hasItems[_hasItems.Count - 1])
            {
                _text.Append(',');
            }

            _hasItems[_hasItems.Count - 1] = true;
            NewLine();
        }

        private bool Pop()
        {
            var hadItems = _hasItems[_hasItems.Count - 1];
            _hasItems.RemoveAt(_hasItems.Count - 1);
            return hadItems;
        }

        private void NewLine() => _text.Append('\n').Append(' ', 2 * _hasItems.Count);

        private static string Quote(string value)
        {
            var quoted = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': quoted.Append("\\\""); break;
                    case '\\': quoted.Append("\\\\"); break;
                    case '\n': quoted.Append("\\n"); break;
                    case '\r': quoted.Append("\\r"); break;
                    case '\t': quoted.Append("\\t"); break;
                    case '\b': quoted.Append("\\b"); break;
                    case '\f': quoted.Append("\\f"); break;
                    default:
                        if (c < ' ' || char.IsSurrogate(c))
                        {
                            quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            quoted.Append(c);
                        }

                        break;
                }
            }

            return quoted.Append('"').ToString();
        }
    }
}
