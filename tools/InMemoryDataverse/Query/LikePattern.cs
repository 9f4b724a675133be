using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace DataverseFunnel.InMemory.Query;

/// <summary>SQL LIKE (% any run, _ one character, [set]) as a cached, case-insensitive regular expression.</summary>
internal static class LikePattern
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new();

    public static bool IsMatch(string text, string pattern) => Cache.GetOrAdd(pattern, Build).IsMatch(text);

    private static Regex Build(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '%': regex.Append(".*"); break;
                case '_': regex.Append('.'); break;
                case '[':
                    var end = pattern.IndexOf(']', i + 1);
                    if (end < 0) goto default;
                    regex.Append('[').Append(pattern, i + 1, end - i - 1).Append(']');
                    i = end;
                    break;
                default: regex.Append(Regex.Escape(c.ToString())); break;
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
