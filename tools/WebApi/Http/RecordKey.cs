using System;
using System.Collections.Generic;
using System.Globalization;
using DataverseFunnel.WebApi.Model;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.WebApi.Http;

/// <summary>
/// The key segment of <c>set(key)</c>: a primary key guid, or alternate key values
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/retrieve-entity-using-web-api#retrieve-using-an-alternate-key).
/// </summary>
internal sealed class RecordKey
{
    private RecordKey(Guid id, KeyAttributeCollection? alternate)
    {
        Id = id;
        Alternate = alternate;
    }

    public Guid Id { get; }

    /// <summary>Alternate key values, or null for a primary key.</summary>
    public KeyAttributeCollection? Alternate { get; }

    public static RecordKey Parse(string text, WebApiTable table)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith(table.Metadata.PrimaryIdAttribute + "=", StringComparison.Ordinal)) trimmed = trimmed.Substring(table.Metadata.PrimaryIdAttribute.Length + 1);
        if (Guid.TryParse(trimmed, out var id)) return new RecordKey(id, null);
        var values = new KeyAttributeCollection();
        var names = new List<string>();
        foreach (var pair in SplitPairs(text))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0) throw WebApiException.BadRequest($"Bad key segment '({text})': expected a guid or name=value pairs of an alternate key.");
            var name = pair.Substring(0, equals).Trim();
            var raw = pair.Substring(equals + 1).Trim();
            object value = raw.StartsWith("'", StringComparison.Ordinal) && raw.EndsWith("'", StringComparison.Ordinal) && raw.Length >= 2
                ? raw.Substring(1, raw.Length - 2).Replace("''", "'")
                : int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number
                : Guid.TryParse(raw, out var guid) ? guid : (object)raw;
            values[name] = value;
            names.Add(name);
        }

        foreach (var key in table.AlternateKeys)
        {
            if (key.Count == names.Count && key.TrueForAllNames(names)) return new RecordKey(Guid.Empty, values);
        }

        throw WebApiException.BadRequest($"'{string.Join(",", names)}' is not an alternate key of {table.LogicalName}: its keys are {(table.AlternateKeys.Count == 0 ? "none" : string.Join("; ", System.Linq.Enumerable.Select(table.AlternateKeys, k => string.Join(",", k))))}.");
    }

    /// <summary>Splits name=value pairs on commas outside single quotes (key segments, function arguments).</summary>
    internal static IEnumerable<string> SplitPairs(string text)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\'') quoted = !quoted;
            else if (text[i] == ',' && !quoted)
            {
                yield return text.Substring(start, i - start);
                start = i + 1;
            }
        }

        yield return text.Substring(start);
    }
}

internal static class KeyNames
{
    public static bool TrueForAllNames(this IReadOnlyList<string> key, List<string> names)
    {
        foreach (var name in names)
        {
            if (!System.Linq.Enumerable.Contains(key, name)) return false;
        }

        return true;
    }
}
