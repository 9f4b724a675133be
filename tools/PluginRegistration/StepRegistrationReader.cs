using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Reflection;

namespace DataverseFunnel.Registration
{
    /// <summary>Reads [StepRegistration] attributes from loaded plugin types (tests, the in-memory pipeline).</summary>
    public static class StepRegistrationReader
    {
        /// <summary>The steps one plugin class declares, validated.</summary>
        public static IReadOnlyList<StepDefinition> FromType(Type pluginType)
        {
            var steps = pluginType.GetCustomAttributesData()
                .Where(IsRegistration)
                .Select(a => ToValues(a).ToStep(pluginType.FullName ?? pluginType.Name))
                .ToList();
            StepDefinitionValidator.EnsureValid(steps);
            return steps;
        }

        /// <summary>The steps every class of an assembly declares, validated, in a stable order.</summary>
        public static IReadOnlyList<StepDefinition> FromAssembly(Assembly assembly)
        {
            var steps = assembly.GetTypes()
                .Where(t => t.IsClass && !t.IsAbstract)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .SelectMany(t => t.GetCustomAttributesData().Where(IsRegistration)
                    .Select(a => ToValues(a).ToStep(t.FullName ?? t.Name)))
                .ToList();
            StepDefinitionValidator.EnsureValid(steps);
            return steps;
        }

        private static bool IsRegistration(CustomAttributeData attribute) =>
            attribute.AttributeType.Name == RegistrationAttributeValues.AttributeName &&
            attribute.AttributeType.Namespace == RegistrationAttributeValues.AttributeNamespace;

        private static RegistrationAttributeValues ToValues(CustomAttributeData attribute)
        {
            var positional = attribute.ConstructorArguments.Select(a => Unwrap(a.Value)).ToList();
            var named = attribute.NamedArguments.ToDictionary(a => a.MemberName, a => Unwrap(a.TypedValue.Value), StringComparer.Ordinal);
            return new RegistrationAttributeValues(positional, named);
        }

        private static object? Unwrap(object? value) =>
            value is ReadOnlyCollection<CustomAttributeTypedArgument> array
                ? array.Select(e => e.Value as string ?? string.Empty).ToArray()
                : value;
    }
}
