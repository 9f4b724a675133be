using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Solutions;

/// <summary>
/// The environment variable definitions a solution zip carries (environmentvariabledefinitions/&lt;schema
/// name&gt;/environmentvariabledefinition.xml), as the environmentvariabledefinition rows an import creates:
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition
/// </summary>
public static class SolutionEnvironmentVariables
{
    public const string Folder = "environmentvariabledefinitions";
    public const string FileName = "environmentvariabledefinition.xml";

    /// <summary>The definitions of the solution zip at <paramref name="zipPath"/>.</summary>
    public static Entity[] Read(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var definitions = new List<Entity>();
        foreach (var entry in zip.Entries.Where(e => IsDefinition(e.FullName)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var stream = entry.Open();
            definitions.Add(Definition(XDocument.Load(stream).Root, entry.FullName));
        }

        return definitions.ToArray();
    }

    /// <summary>True for a definition's path inside a solution (zip or unpacked folder, forward slashes).</summary>
    public static bool IsDefinition(string path)
    {
        var parts = path.Split('/');
        return parts.Length == 3 && string.Equals(parts[0], Folder, StringComparison.OrdinalIgnoreCase) &&
               string.Equals(parts[2], FileName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// One definition row. The export carries no id, so the id is derived from the schema name: a re-import finds the
    /// same row, and the current values that point at it keep pointing at it.
    /// </summary>
    public static Entity Definition(XElement? root, string path)
    {
        var schemaName = root?.Name.LocalName == "environmentvariabledefinition" ? (string?)root.Attribute("schemaname") : null;
        if (root is null || string.IsNullOrWhiteSpace(schemaName))
        {
            throw new InvalidDataException($"{path} is not an <environmentvariabledefinition schemaname=\"…\"> document.");
        }

        var row = new Entity("environmentvariabledefinition", IdFor(schemaName!)) { ["schemaname"] = schemaName };
        if (root.Element("defaultvalue") is { } defaultValue) row["defaultvalue"] = defaultValue.Value;
        if ((string?)root.Element("displayname")?.Attribute("default") is { } displayName) row["displayname"] = displayName;
        if ((string?)root.Element("description")?.Attribute("default") is { } description) row["description"] = description;
        if (int.TryParse(root.Element("type")?.Value, out var type)) row["type"] = new OptionSetValue(type);
        row["isrequired"] = root.Element("isrequired")?.Value.Trim() == "1";
        return row;
    }

    /// <summary>The definition id for a schema name (a name-based GUID; schema names compare case-insensitively).</summary>
    public static Guid IdFor(string schemaName)
    {
        using var md5 = MD5.Create();
        var hash = md5.ComputeHash(Encoding.UTF8.GetBytes("environmentvariabledefinition:" + schemaName.ToLowerInvariant()));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30); // version 3 (name-based, MD5)
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash);
    }
}
