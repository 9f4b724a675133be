#if NETFRAMEWORK
// What .NET Framework 4.6.2 lacks and this code uses: compiled into the net462 builds of the in-memory org (and linked
// into PluginRegistration), which Tests/Plugins.Tests runs on Mono against the shipped plugin build. Each member does
// what its .NET namesake does for the inputs we pass; the net10.0 builds use the real ones.
using System.Collections.Generic;

namespace System.Runtime.CompilerServices
{
    /// <summary>Marker the compiler needs for records and init accessors.</summary>
    internal static class IsExternalInit
    {
    }
}

namespace System
{
    /// <summary>An index from the start or, with <c>^</c>, from the end (what <c>x[^1]</c> compiles to).</summary>
    internal readonly struct Index
    {
        private readonly int _value;

        public Index(int value, bool fromEnd = false)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), "a non-negative number is required");
            }

            _value = fromEnd ? ~value : value;
        }

        public static Index Start => new(0);

        public static Index End => new(0, fromEnd: true);

        public int Value => _value < 0 ? ~_value : _value;

        public bool IsFromEnd => _value < 0;

        public static implicit operator Index(int value) => new(value);

        public int GetOffset(int length) => IsFromEnd ? length - Value : Value;
    }

    /// <summary>A start and an end index (what <c>s[1..^2]</c> compiles to).</summary>
    internal readonly struct Range
    {
        public Range(Index start, Index end)
        {
            Start = start;
            End = end;
        }

        public Index Start { get; }

        public Index End { get; }

        public static Range StartAt(Index start) => new(start, Index.End);

        public static Range EndAt(Index end) => new(Index.Start, end);

        public static Range All => new(Index.Start, Index.End);
    }

    /// <summary>Members .NET Core added to framework types, as extensions.</summary>
    internal static class Net462Polyfills
    {
        public static bool Contains(this string text, string value, StringComparison comparison) => text.IndexOf(value, comparison) >= 0;

        /// <summary>So <c>foreach (var (key, value) in dictionary)</c> compiles.</summary>
        public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
        {
            key = pair.Key;
            value = pair.Value;
        }

        public static bool TryAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
            where TKey : notnull
        {
            if (dictionary.ContainsKey(key))
            {
                return false;
            }

            dictionary.Add(key, value);
            return true;
        }

        public static bool Remove<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, out TValue value)
            where TKey : notnull
        {
            if (!dictionary.TryGetValue(key, out value!))
            {
                return false;
            }

            dictionary.Remove(key);
            return true;
        }

        public static IEnumerable<T> Append<T>(this IEnumerable<T> source, T element)
        {
            foreach (var item in source)
            {
                yield return item;
            }

            yield return element;
        }

        public static IEnumerable<T> TakeLast<T>(this IEnumerable<T> source, int count)
        {
            var all = new List<T>(source);
            return all.GetRange(Math.Max(0, all.Count - count), Math.Min(count, all.Count));
        }

        extension(Array)
        {
            public static void Clear(Array array) => Array.Clear(array, 0, array.Length);
        }
    }
}
#endif
