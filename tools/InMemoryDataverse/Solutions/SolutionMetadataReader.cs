using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.InMemory.Bpf;
using DataverseFunnel.InMemory.Metadata;

namespace DataverseFunnel.InMemory.Solutions;

/// <summary>
/// Builds an in-memory org's metadata from a packed solution zip: its tables, columns, choices, status reasons,
/// lookups and business process flows. The shipped solution is then the one definition of the tables, and a
/// plugin that reads a column the solution lacks fails in a test, not at import.
/// </summary>
public static class SolutionMetadataReader
{
    private static readonly HashSet<string> PlatformColumns = new(StringComparer.Ordinal)
    {
        SystemColumns.CreatedOn, SystemColumns.ModifiedOn, SystemColumns.CreatedBy, SystemColumns.ModifiedBy,
        SystemColumns.OwnerId, SystemColumns.StateCode, SystemColumns.StatusCode,
    };

    /// <summary>Reads the tables of the solution zip at <paramref name="zipPath"/>, on top of the core tables.</summary>
    public static MetadataModel Read(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var customizations = zip.GetEntry("customizations.xml")
            ?? throw new InvalidDataException($"{zipPath} has no customizations.xml at its root.");
        XDocument document;
        using (var stream = customizations.Open())
        {
            document = XDocument.Load(stream);
        }

        return Read(document, path => ReadEntry(zip, path));
    }

    /// <summary>
    /// Reads the tables of a customizations.xml document; <paramref name="readPart"/> returns the text of another
    /// part of the solution (a business process flow's XAML) by its path.
    /// </summary>
    public static MetadataModel Read(XDocument customizations, Func<string, string?> readPart)
    {
        var root = customizations.Root ?? throw new InvalidDataException("customizations.xml is empty.");
        var choices = GlobalChoices(root);
        var lookups = LookupTargets(root);
        var builder = new MetadataBuilder();
        foreach (var entity in root.Elements("Entities").Elements("Entity"))
        {
            var info = entity.Element("EntityInfo")?.Element("entity");
            var name = (entity.Element("Name")?.Value ?? string.Empty).Trim().ToLowerInvariant();
            if (info is null || name.Length == 0)
            {
                continue;
            }

            if (Text(info, "IsBPFEntity") == "1")
            {
                builder.BusinessProcessFlow(Flow(root, name, readPart)).Table(name, table => DescribeNames(table, info));
                continue;
            }

            builder.Table(name, table =>
            {
                DeclareTable(table, name, info, choices, lookups);
                DescribeNames(table, info);
            });
        }

        // 1:N relationships with their delete behaviour, for the tables and lookups the org models (the solution also
        // declares relationships to platform tables such as transactioncurrency, which the org does not have).
        var tables = builder.Build();
        foreach (var relationship in root.Elements("EntityRelationships").Elements("EntityRelationship").Where(r => Text(r, "EntityRelationshipType") == "OneToMany"))
        {
            var referenced = (Text(relationship, "ReferencedEntityName") ?? string.Empty).ToLowerInvariant();
            var referencing = (Text(relationship, "ReferencingEntityName") ?? string.Empty).ToLowerInvariant();
            var lookup = (Text(relationship, "ReferencingAttributeName") ?? string.Empty).ToLowerInvariant();
            if (tables.FindTable(referenced) is null || tables.FindTable(referencing)?.FindColumn(lookup) is null) continue;
            var cascade = Enum.TryParse<CascadeBehavior>(Text(relationship, "CascadeDelete"), out var behavior) ? behavior : CascadeBehavior.RemoveLink;
            var assign = Enum.TryParse<CascadeBehavior>(Text(relationship, "CascadeAssign"), out var assignBehavior) ? assignBehavior : CascadeBehavior.NoCascade;
            builder.OneToMany((string?)relationship.Attribute("Name") ?? string.Empty, referenced, referencing, lookup, cascade, assign);
        }

        return builder.Build();
    }

    private static void DeclareTable(TableBuilder table, string name, XElement info, IReadOnlyDictionary<string, int[]> choices,
        IReadOnlyDictionary<(string, string), string[]> lookups)
    {
        if (Text(info, "OwnershipTypeMask") == "OrgOwned")
        {
            table.OrganizationOwned();
        }

        foreach (var attribute in info.Elements("attributes").Elements("attribute"))
        {
            var column = (Text(attribute, "LogicalName") ?? string.Empty).ToLowerInvariant();
            var type = Text(attribute, "Type");
            if (PlatformColumns.Contains(column) && type != "status")
            {
                continue; // stamped by the platform and declared with every table
            }

            var maxLength = int.TryParse(Text(attribute, "MaxLength"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var length) ? length : 100;
            switch (type)
            {
                case "primarykey":
                    table.PrimaryKey(column);
                    break;
                case "status":
                    table.States(States(attribute));
                    break;
                case "state" or "owner":
                    break; // the platform's own columns, declared with the table
                case "nvarchar" when (Text(attribute, "DisplayMask") ?? string.Empty).Contains("PrimaryName", StringComparison.Ordinal):
                    table.PrimaryName(column, maxLength);
                    break;
                case "nvarchar":
                    table.String(column, maxLength);
                    break;
                case "ntext" or "memo":
                    table.Memo(column, maxLength);
                    break;
                case "int":
                    table.Integer(column);
                    break;
                case "decimal":
                    table.Decimal(column);
                    break;
                case "float":
                    table.Double(column);
                    break;
                case "money":
                    table.Money(column);
                    break;
                case "bit":
                    table.Boolean(column);
                    break;
                case "datetime":
                    table.DateTime(column);
                    break;
                case "uniqueidentifier":
                    table.UniqueIdentifier(column);
                    break;
                case "picklist":
                    table.Choice(column, Options(attribute, choices));
                    break;
                case "multiselectpicklist":
                    table.MultiChoice(column, Options(attribute, choices));
                    break;
                case "customer":
                    table.Customer(column);
                    break;
                case "lookup":
                    table.Lookup(column, lookups.TryGetValue((name, column), out var targets) ? targets : new[] { column.EndsWith("id", StringComparison.Ordinal) ? column[..^2] : column });
                    break;
            }
        }
    }

    /// <summary>
    /// The names the platform reports in metadata: the entity's schema name (its &lt;entity Name&gt;), its EntitySetName,
    /// and each attribute's schema name (PhysicalName) and IsCustomField.
    /// </summary>
    private static void DescribeNames(TableBuilder table, XElement info)
    {
        table.Names((string?)info.Attribute("Name"), Text(info, "EntitySetName"));
        foreach (var attribute in info.Elements("attributes").Elements("attribute"))
        {
            var column = (Text(attribute, "LogicalName") ?? string.Empty).ToLowerInvariant();
            var custom = Text(attribute, "IsCustomField");
            table.DescribeColumn(column, (string?)attribute.Attribute("PhysicalName"), custom is null ? null : custom == "1");
        }
    }

    private static StateOption[] States(XElement statusAttribute)
    {
        var statuses = statusAttribute.Descendants("status")
            .Select(s => (State: int.Parse((string)s.Attribute("state")!, CultureInfo.InvariantCulture), Value: int.Parse((string)s.Attribute("value")!, CultureInfo.InvariantCulture)))
            .ToList();
        return statuses.GroupBy(s => s.State).OrderBy(g => g.Key)
            .Select(g => new StateOption(g.Key, g.Key == 0 ? "Active" : "Inactive", g.Select(s => s.Value).ToArray()))
            .ToArray();
    }

    private static int[] Options(XElement attribute, IReadOnlyDictionary<string, int[]> choices)
    {
        var global = Text(attribute, "OptionSetName");
        if (global is not null && choices.TryGetValue(global, out var values))
        {
            return values;
        }

        return attribute.Descendants("option").Select(o => int.Parse((string)o.Attribute("value")!, CultureInfo.InvariantCulture)).ToArray();
    }

    private static Dictionary<string, int[]> GlobalChoices(XElement root) =>
        root.Elements("optionsets").Elements("optionset").ToDictionary(
            o => (string)o.Attribute("Name")!,
            o => o.Descendants("option").Select(v => int.Parse((string)v.Attribute("value")!, CultureInfo.InvariantCulture)).ToArray(),
            StringComparer.Ordinal);

    /// <summary>Lookup targets from the 1:N relationships: (referencing table, column) → referenced tables.</summary>
    private static Dictionary<(string, string), string[]> LookupTargets(XElement root) =>
        root.Elements("EntityRelationships").Elements("EntityRelationship")
            .Where(r => Text(r, "EntityRelationshipType") == "OneToMany")
            .Select(r => (Table: (Text(r, "ReferencingEntityName") ?? string.Empty).ToLowerInvariant(),
                Column: (Text(r, "ReferencingAttributeName") ?? string.Empty).ToLowerInvariant(),
                Target: (Text(r, "ReferencedEntityName") ?? string.Empty).ToLowerInvariant()))
            .GroupBy(r => (r.Table, r.Column))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Target).Distinct().ToArray());

    /// <summary>A business process flow: the workflow whose unique name is the table, with its stages from the XAML.</summary>
    private static BusinessProcessFlowDefinition Flow(XElement root, string table, Func<string, string?> readPart)
    {
        var workflow = root.Elements("Workflows").Elements("Workflow")
            .FirstOrDefault(w => string.Equals(Text(w, "UniqueName"), table, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException($"The business process flow table '{table}' has no workflow with that unique name.");
        var id = Guid.Parse((string)workflow.Attribute("WorkflowId")!);
        var xamlPath = (Text(workflow, "XamlFileName") ?? string.Empty).TrimStart('/');
        var xaml = readPart(xamlPath) ?? throw new InvalidDataException($"The flow '{table}' names '{xamlPath}', which the solution does not contain.");
        var stages = BusinessProcessFlowXaml.Stages(xaml);
        var name = workflow.Attribute("Name")?.Value ?? table;
        return new BusinessProcessFlowDefinition(table, name, id, Text(workflow, "PrimaryEntity") ?? string.Empty, stages);
    }

    internal static string? ReadEntry(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path);
        if (entry is null)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static string? Text(XElement element, string child) => element.Element(child)?.Value.Trim();
}
