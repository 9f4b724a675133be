using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.InMemory.CustomApis;
using DataverseFunnel.InMemory.Metadata;
using Microsoft.OData.Edm;

namespace DataverseFunnel.WebApi.Model;

/// <summary>
/// The org's metadata as the Web API names it: entity sets, an EDM model (for ODataUriParser and $metadata) in the
/// <c>Microsoft.Dynamics.CRM</c> namespace, choice labels and web resources. Built once per imported solution.
/// </summary>
internal sealed class WebApiModel
{
    public const string Namespace = "Microsoft.Dynamics.CRM";

    private readonly Dictionary<string, WebApiTable> _bySet = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WebApiTable> _byTable = new(StringComparer.Ordinal);

    private readonly Dictionary<string, CustomApiDefinition> _customApis = new(StringComparer.Ordinal);

    public WebApiModel(MetadataModel metadata, SolutionSurface surface, IReadOnlyList<CustomApiDefinition>? customApis = null)
    {
        Surface = surface;
        var model = new EdmModel();
        var container = new EdmEntityContainer(Namespace, "System");
        model.AddElement(container);
        foreach (var table in metadata.Tables.OrderBy(t => t.LogicalName, StringComparer.Ordinal))
        {
            var type = new EdmEntityType(Namespace, table.LogicalName);
            foreach (var column in table.Columns.OrderBy(c => c.LogicalName, StringComparer.Ordinal))
            {
                var property = type.AddStructuralProperty(WebApiTable.PropertyName(column), EdmTypeOf(column.Type));
                if (column.LogicalName == table.PrimaryIdAttribute) type.AddKeys(property);
            }

            var set = table.EntitySetName; // as the solution declares it, or the core table's documented name
            var keys = surface.AlternateKeys.TryGetValue(table.LogicalName, out var declared) ? declared : Array.Empty<IReadOnlyList<string>>();
            var info = new WebApiTable(table, set, type, keys);
            model.AddElement(type);
            _bySet[set] = info;
            _byTable[table.LogicalName] = info;
        }

        foreach (var info in _byTable.Values)
        {
            info.EdmSet = container.AddEntitySet(info.EntitySetName, info.EdmType);
        }

        // Single-valued navigation for each lookup: one per target, named column_target when the lookup is polymorphic.
        foreach (var info in _byTable.Values)
        {
            foreach (var column in info.Metadata.Columns.Where(c => WebApiTable.IsLookup(c.Type)).OrderBy(c => c.LogicalName, StringComparer.Ordinal))
            {
                var targets = column.Targets.Where(_byTable.ContainsKey).ToArray();
                foreach (var target in targets)
                {
                    var name = targets.Length == 1 ? column.LogicalName : column.LogicalName + "_" + target;
                    var navigation = info.EdmType.AddUnidirectionalNavigation(new EdmNavigationPropertyInfo
                    {
                        Name = name,
                        Target = _byTable[target].EdmType,
                        TargetMultiplicity = EdmMultiplicity.ZeroOrOne,
                    });
                    info.EdmSet.AddNavigationTarget(navigation, _byTable[target].EdmSet);
                    info.Navigation[name] = (column, target);
                }
            }
        }

        // Collection-valued navigation: each 1:N relationship, named by its schema name, on the referenced table.
        foreach (var info in _byTable.Values)
        {
            foreach (var relationship in metadata.OneToManyFrom(info.LogicalName))
            {
                if (!_byTable.TryGetValue(relationship.ReferencingEntity, out var many) || relationship.SchemaName.Length == 0 || info.EdmType.FindProperty(relationship.SchemaName) is not null) continue;
                var navigation = info.EdmType.AddUnidirectionalNavigation(new EdmNavigationPropertyInfo
                {
                    Name = relationship.SchemaName,
                    Target = many.EdmType,
                    TargetMultiplicity = EdmMultiplicity.Many,
                });
                info.EdmSet.AddNavigationTarget(navigation, many.EdmSet);
                info.Collections[relationship.SchemaName] = relationship;
            }
        }

        CustomApiOperations.Add(model, container, customApis ?? Array.Empty<CustomApiDefinition>(), ByTable);
        foreach (var api in customApis ?? Array.Empty<CustomApiDefinition>()) _customApis[api.UniqueName] = api;
        Edm = model;
    }

    /// <summary>The Custom API with that unique name, or null.</summary>
    public CustomApiDefinition? CustomApi(string uniqueName) => _customApis.TryGetValue(uniqueName, out var api) ? api : null;

    public IEdmModel Edm { get; }

    public SolutionSurface Surface { get; }

    public IEnumerable<WebApiTable> Tables => _byTable.Values;

    public WebApiTable? BySetName(string entitySet) => _bySet.TryGetValue(entitySet, out var table) ? table : null;

    public WebApiTable? ByTable(string logicalName) => _byTable.TryGetValue(logicalName, out var table) ? table : null;

    /// <summary>The label of a choice value, or null when the solution gives none.</summary>
    public string? Label(string table, string column, int value) =>
        Surface.Labels.TryGetValue((table, column), out var options) && options.TryGetValue(value, out var label) ? label : null;

    private static IEdmPrimitiveTypeReference EdmTypeOf(ColumnType type)
    {
        var kind = type switch
        {
            ColumnType.String or ColumnType.Memo or ColumnType.MultiChoice => EdmPrimitiveTypeKind.String,
            ColumnType.Integer or ColumnType.Choice or ColumnType.State or ColumnType.Status => EdmPrimitiveTypeKind.Int32,
            ColumnType.Decimal or ColumnType.Money => EdmPrimitiveTypeKind.Decimal,
            ColumnType.Double => EdmPrimitiveTypeKind.Double,
            ColumnType.Boolean => EdmPrimitiveTypeKind.Boolean,
            ColumnType.DateTime => EdmPrimitiveTypeKind.DateTimeOffset,
            _ => EdmPrimitiveTypeKind.Guid,
        };
        return EdmCoreModel.Instance.GetPrimitive(kind, isNullable: true);
    }
}
