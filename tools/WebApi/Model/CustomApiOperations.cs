using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.CustomApis;
using Microsoft.OData.Edm;

namespace DataverseFunnel.WebApi.Model;

/// <summary>
/// The org's Custom APIs as EDM operations: a Function when isfunction, else an Action, each returning the ComplexType
/// <c>&lt;uniquename&gt;Response</c> of its response properties; a bound one takes the record as its first parameter
/// <c>entity</c>, an unbound one has an import in the container ("Web API Actions"/"Web API Functions",
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-actions and
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-functions).
/// </summary>
internal static class CustomApiOperations
{
    public static void Add(EdmModel model, EdmEntityContainer container, IReadOnlyList<CustomApiDefinition> apis, Func<string, WebApiTable?> byTable)
    {
        EdmEntityType? baseEntity = null;
        EdmEntityType BaseEntity()
        {
            if (baseEntity is not null) return baseEntity;
            baseEntity = new EdmEntityType(WebApiModel.Namespace, "crmbaseentity", null, isAbstract: true, isOpen: false);
            model.AddElement(baseEntity);
            return baseEntity;
        }

        EdmEntityType EntityOf(string? table) => (table is null ? null : byTable(table)?.EdmType) ?? BaseEntity();

        IEdmTypeReference TypeOf(CustomApiField field, bool nullable)
        {
            return field.Type switch
            {
                CustomApiFieldType.Entity or CustomApiFieldType.EntityReference => new EdmEntityTypeReference(EntityOf(field.LogicalEntityName), nullable),
                CustomApiFieldType.EntityCollection => new EdmCollectionTypeReference(new EdmCollectionType(new EdmEntityTypeReference(EntityOf(field.LogicalEntityName), false))),
                CustomApiFieldType.StringArray => new EdmCollectionTypeReference(new EdmCollectionType(EdmCoreModel.Instance.GetString(false))),
                _ => EdmCoreModel.Instance.GetPrimitive(Primitive(field.Type), nullable),
            };
        }

        foreach (var api in apis)
        {
            var response = new EdmComplexType(WebApiModel.Namespace, api.UniqueName + "Response");
            foreach (var property in api.ResponseProperties)
            {
                if (property.Type is CustomApiFieldType.Entity or CustomApiFieldType.EntityReference or CustomApiFieldType.EntityCollection)
                {
                    response.AddUnidirectionalNavigation(new EdmNavigationPropertyInfo
                    {
                        Name = property.UniqueName,
                        Target = EntityOf(property.LogicalEntityName),
                        TargetMultiplicity = property.Type == CustomApiFieldType.EntityCollection ? EdmMultiplicity.Many : EdmMultiplicity.ZeroOrOne,
                    });
                }
                else
                {
                    response.AddStructuralProperty(property.UniqueName, TypeOf(property, nullable: true));
                }
            }

            model.AddElement(response);
            var returns = new EdmComplexTypeReference(response, isNullable: true);
            var bound = api.BindingType != CustomApiBindingType.Global;
            EdmOperation operation = api.IsFunction
                ? new EdmFunction(WebApiModel.Namespace, api.UniqueName, returns, bound, null, isComposable: false)
                : new EdmAction(WebApiModel.Namespace, api.UniqueName, api.ResponseProperties.Count == 0 ? null : returns, bound, null);
            if (api.BindingType == CustomApiBindingType.Entity) operation.AddParameter("entity", new EdmEntityTypeReference(EntityOf(api.BoundEntityLogicalName), false));
            if (api.BindingType == CustomApiBindingType.EntityCollection)
            {
                operation.AddParameter("entityset", new EdmCollectionTypeReference(new EdmCollectionType(new EdmEntityTypeReference(EntityOf(api.BoundEntityLogicalName), false))));
            }

            foreach (var parameter in api.RequestParameters)
            {
                if (parameter.IsOptional) operation.AddOptionalParameter(parameter.UniqueName, TypeOf(parameter, nullable: true));
                else operation.AddParameter(parameter.UniqueName, TypeOf(parameter, nullable: false));
            }

            model.AddElement(operation);
            if (bound) continue;
            if (operation is EdmFunction function) container.AddFunctionImport(api.UniqueName, function);
            else container.AddActionImport((EdmAction)operation);
        }
    }

    private static EdmPrimitiveTypeKind Primitive(CustomApiFieldType type) => type switch
    {
        CustomApiFieldType.Boolean => EdmPrimitiveTypeKind.Boolean,
        CustomApiFieldType.DateTime => EdmPrimitiveTypeKind.DateTimeOffset,
        CustomApiFieldType.Decimal or CustomApiFieldType.Money => EdmPrimitiveTypeKind.Decimal,
        CustomApiFieldType.Float => EdmPrimitiveTypeKind.Double,
        CustomApiFieldType.Integer or CustomApiFieldType.Picklist => EdmPrimitiveTypeKind.Int32,
        CustomApiFieldType.Guid => EdmPrimitiveTypeKind.Guid,
        _ => EdmPrimitiveTypeKind.String,
    };
}
