using System;
using System.Collections.Generic;

namespace DataverseFunnel.InMemory.Metadata;

/// <summary>Fluent declaration of one table. System columns (key, created/modified, owner, state/status) are added on build.</summary>
public sealed class TableBuilder
{
    private static readonly IReadOnlyList<StateOption> DefaultStates = new[]
    {
        new StateOption(0, "Active", new[] { 1 }),
        new StateOption(1, "Inactive", new[] { 2 }),
    };

    private readonly string _logicalName;
    private readonly List<ColumnMetadata> _columns = new();
    private string _primaryId;
    private string? _primaryName;
    private OwnershipType _ownership = OwnershipType.UserOwned;
    private IReadOnlyList<StateOption> _states = DefaultStates;
    private TableNames _names = new(null, null, true);
    private Dictionary<string, (string? SchemaName, bool? IsCustom)>? _columnNames;

    internal TableBuilder(string logicalName)
    {
        _logicalName = logicalName;
        _primaryId = logicalName + "id";
    }

    /// <summary>Overrides the primary key column name (default: "{table}id").</summary>
    public TableBuilder PrimaryKey(string logicalName)
    {
        _primaryId = logicalName;
        return this;
    }

    /// <summary>Declares the primary name column (a string column).</summary>
    public TableBuilder PrimaryName(string logicalName, int maxLength = 100)
    {
        _primaryName = logicalName;
        return String(logicalName, maxLength);
    }

    public TableBuilder String(string logicalName, int maxLength = 100) =>
        Add(new ColumnMetadata(logicalName, ColumnType.String) { MaxLength = maxLength });

    public TableBuilder Memo(string logicalName, int maxLength = 2000) =>
        Add(new ColumnMetadata(logicalName, ColumnType.Memo) { MaxLength = maxLength });

    public TableBuilder Integer(string logicalName) => Add(new ColumnMetadata(logicalName, ColumnType.Integer));

    public TableBuilder Decimal(string logicalName) => Add(new ColumnMetadata(logicalName, ColumnType.Decimal));

    public TableBuilder Double(string logicalName) => Add(new ColumnMetadata(logicalName, ColumnType.Double));

    public TableBuilder Money(string logicalName) => Add(new ColumnMetadata(logicalName, ColumnType.Money));

    public TableBuilder Boolean(string logicalName) => Add(new ColumnMetadata(logicalName, ColumnType.Boolean));

    public TableBuilder DateTime(string logicalName) => Add(new ColumnMetadata(logicalName, ColumnType.DateTime));

    public TableBuilder UniqueIdentifier(string logicalName) =>
        Add(new ColumnMetadata(logicalName, ColumnType.UniqueIdentifier));

    /// <summary>A choice column; with values listed, any other value is rejected.</summary>
    public TableBuilder Choice(string logicalName, params int[] validValues) =>
        Add(new ColumnMetadata(logicalName, ColumnType.Choice) { ValidValues = validValues });

    public TableBuilder MultiChoice(string logicalName, params int[] validValues) =>
        Add(new ColumnMetadata(logicalName, ColumnType.MultiChoice) { ValidValues = validValues });

    public TableBuilder Lookup(string logicalName, params string[] targets)
    {
        if (targets.Length == 0) throw new ArgumentException($"Lookup '{logicalName}' needs at least one target table.", nameof(targets));
        return Add(new ColumnMetadata(logicalName, ColumnType.Lookup) { Targets = targets });
    }

    /// <summary>A customer lookup (account or contact).</summary>
    public TableBuilder Customer(string logicalName) =>
        Add(new ColumnMetadata(logicalName, ColumnType.Customer) { Targets = new[] { "account", "contact" } });

    /// <summary>Replaces the default states (0 Active/1, 1 Inactive/2). The first status of each state is its default.</summary>
    public TableBuilder States(params StateOption[] states)
    {
        _states = states;
        return this;
    }

    /// <summary>A table without statecode/statuscode.</summary>
    public TableBuilder NoStates()
    {
        _states = Array.Empty<StateOption>();
        return this;
    }

    /// <summary>Names the table as the platform and the Web API see it (schema name, entity set name).</summary>
    public TableBuilder Names(string? schemaName = null, string? entitySetName = null)
    {
        _names = _names with { SchemaName = schemaName ?? _names.SchemaName, EntitySetName = entitySetName ?? _names.EntitySetName };
        return this;
    }

    /// <summary>Marks one of the platform's own tables (IsCustomEntity false).</summary>
    internal TableBuilder System()
    {
        _names = _names with { IsCustom = false };
        return this;
    }

    /// <summary>Records a column's schema name and custom flag as a solution declares them; applied on build.</summary>
    internal TableBuilder DescribeColumn(string logicalName, string? schemaName, bool? isCustom)
    {
        (_columnNames ??= new Dictionary<string, (string?, bool?)>(StringComparer.Ordinal))[logicalName] = (schemaName, isCustom);
        return this;
    }

    public TableBuilder OrganizationOwned()
    {
        _ownership = OwnershipType.OrganizationOwned;
        return this;
    }

    private TableBuilder Add(ColumnMetadata column)
    {
        _columns.Add(column);
        return this;
    }

    internal TableMetadata Build()
    {
        var columns = new List<ColumnMetadata>(_columns.Count + 8)
        {
            new(_primaryId, ColumnType.UniqueIdentifier) { IsSystem = true },
            new(SystemColumns.CreatedOn, ColumnType.DateTime) { IsSystem = true },
            new(SystemColumns.ModifiedOn, ColumnType.DateTime) { IsSystem = true },
            new(SystemColumns.CreatedBy, ColumnType.Lookup) { IsSystem = true, Targets = new[] { "systemuser" } },
            new(SystemColumns.ModifiedBy, ColumnType.Lookup) { IsSystem = true, Targets = new[] { "systemuser" } },
        };
        if (_ownership == OwnershipType.UserOwned)
        {
            columns.Add(new ColumnMetadata(SystemColumns.OwnerId, ColumnType.Owner) { IsSystem = true, Targets = new[] { "systemuser", "team" } });
        }

        if (_states.Count > 0)
        {
            var states = new List<int>();
            var statuses = new List<int>();
            foreach (var state in _states)
            {
                states.Add(state.State);
                statuses.AddRange(state.Statuses);
            }

            columns.Add(new ColumnMetadata(SystemColumns.StateCode, ColumnType.State) { IsSystem = true, ValidValues = states });
            columns.Add(new ColumnMetadata(SystemColumns.StatusCode, ColumnType.Status) { IsSystem = true, ValidValues = statuses });
        }

        foreach (var column in _columns)
        {
            if (columns.Exists(c => c.LogicalName == column.LogicalName))
            {
                throw new ArgumentException($"Table '{_logicalName}' declares column '{column.LogicalName}' twice.");
            }

            columns.Add(column);
        }

        if (_columnNames is not null)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (_columnNames.TryGetValue(columns[i].LogicalName, out var names)) columns[i] = columns[i] with { SchemaName = names.SchemaName, IsCustom = names.IsCustom };
            }
        }

        return new TableMetadata(_logicalName, _primaryId, _primaryName, _ownership, columns, _states, _names);
    }
}
