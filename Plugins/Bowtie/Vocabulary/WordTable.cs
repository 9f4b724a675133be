using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// A read-only, case-insensitive word → value table looked up by a slice of a string, so the scanner never
    /// allocates a substring per word. Built once per lexicon; open addressing over folded keys.
    /// </summary>
    internal sealed class WordTable<T>
        where T : class
    {
        private readonly string[] keys;
        private readonly int[] hashes;
        private readonly T?[] values;
        private readonly int mask;

        public WordTable(IEnumerable<KeyValuePair<string, T>> entries)
        {
            var list = new List<KeyValuePair<string, T>>(entries);
            var size = 8;
            while (size < list.Count * 3)
            {
                size <<= 1;
            }

            keys = new string[size];
            hashes = new int[size];
            values = new T?[size];
            mask = size - 1;
            foreach (var entry in list)
            {
                var key = WordText.FoldKey(entry.Key);
                var hash = WordText.Hash(key, 0, key.Length);
                var slot = hash & mask;
                while (values[slot] != null && !string.Equals(keys[slot], key, System.StringComparison.Ordinal))
                {
                    slot = (slot + 1) & mask;
                }

                keys[slot] = key;
                hashes[slot] = hash;
                values[slot] = entry.Value;
            }
        }

        /// <summary>The value for the word text[start..start+length), compared ignoring case; null when absent.</summary>
        public T? Find(string text, int start, int length)
        {
            var hash = WordText.Hash(text, start, length);
            var slot = hash & mask;
            while (true)
            {
                var value = values[slot];
                if (value == null)
                {
                    return null;
                }

                if (hashes[slot] == hash && WordText.FoldedEquals(keys[slot], text, start, length))
                {
                    return value;
                }

                slot = (slot + 1) & mask;
            }
        }

        public bool Contains(string text, int start, int length) => Find(text, start, length) != null;

        /// <summary>A set of words (each word is its own value).</summary>
        public static WordTable<string> Of(IEnumerable<string> words)
        {
            var entries = new List<KeyValuePair<string, string>>();
            foreach (var word in words)
            {
                entries.Add(new KeyValuePair<string, string>(word, word));
            }

            return new WordTable<string>(entries);
        }
    }
}
