using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DataverseFunnel.Registration
{
    /// <summary>
    /// Reads a plugin DLL's identity, references, IPlugin classes and [StepRegistration] attributes from its metadata,
    /// without loading it — so a net462 build can be inspected from net10 and nothing in it runs.
    /// </summary>
    public static class PluginAssemblyReader
    {
        private const string PluginInterfaceNamespace = "Microsoft.Xrm.Sdk";
        private const string PluginInterfaceName = "IPlugin";

        /// <summary>
        /// Reads the assembly. With <paramref name="validate"/> (the default) a registration Dataverse would refuse
        /// throws <see cref="StepRegistrationException"/>; a checker that reports findings passes false and runs
        /// <see cref="StepDefinitionValidator.Problems"/> itself.
        /// </summary>
        public static PluginAssemblyInfo Read(string dllPath, bool validate = true)
        {
            if (!File.Exists(dllPath))
            {
                throw new FileNotFoundException($"Plugin assembly not found: {dllPath}", dllPath);
            }

            using var stream = File.OpenRead(dllPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                throw new BadImageFormatException($"{dllPath} is not a .NET assembly.");
            }

            var reader = pe.GetMetadataReader();
            var name = reader.GetAssemblyDefinition().GetAssemblyName();
            var token = name.GetPublicKeyToken();
            var signed = (pe.PEHeaders.CorHeader?.Flags & CorFlags.StrongNameSigned) == CorFlags.StrongNameSigned;
            var references = reader.AssemblyReferences
                .Select(h => reader.GetAssemblyReference(h).GetAssemblyName().FullName)
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToList();

            var pluginTypes = new List<string>();
            var steps = new List<StepDefinition>();
            foreach (var handle in reader.TypeDefinitions)
            {
                var type = reader.GetTypeDefinition(handle);
                var fullName = FullName(reader, type);
                var isConcreteClass = (type.Attributes & System.Reflection.TypeAttributes.Interface) == 0 &&
                                      (type.Attributes & System.Reflection.TypeAttributes.Abstract) == 0;
                if (isConcreteClass && ImplementsPlugin(reader, handle))
                {
                    pluginTypes.Add(fullName);
                }

                foreach (var values in RegistrationAttributes(reader, type))
                {
                    steps.Add(values.ToStep(fullName));
                }
            }

            pluginTypes.Sort(StringComparer.Ordinal);
            var orderedSteps = steps.OrderBy(s => s.PluginTypeName, StringComparer.Ordinal).ThenBy(s => s.Id).ToList();
            if (validate)
            {
                StepDefinitionValidator.EnsureValid(orderedSteps);
            }

            return new PluginAssemblyInfo(
                name.FullName,
                name.Name ?? string.Empty,
                name.Version?.ToString() ?? string.Empty,
                token is { Length: > 0 } ? Convert.ToHexString(token).ToLowerInvariant() : null,
                signed,
                TargetFramework(reader),
                references,
                pluginTypes,
                orderedSteps);
        }

        private static string FullName(MetadataReader reader, TypeDefinition type)
        {
            var name = reader.GetString(type.Name);
            var declaring = type.GetDeclaringType();
            if (!declaring.IsNil)
            {
                return FullName(reader, reader.GetTypeDefinition(declaring)) + "+" + name;
            }

            var ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        private static bool ImplementsPlugin(MetadataReader reader, TypeDefinitionHandle handle)
        {
            // Walk the base-class chain inside this assembly (e.g. a sealed plugin deriving from PluginBase : IPlugin).
            for (var depth = 0; !handle.IsNil && depth < 32; depth++)
            {
                var type = reader.GetTypeDefinition(handle);
                foreach (var implHandle in type.GetInterfaceImplementations())
                {
                    var iface = reader.GetInterfaceImplementation(implHandle).Interface;
                    if (iface.Kind == HandleKind.TypeReference)
                    {
                        var reference = reader.GetTypeReference((TypeReferenceHandle)iface);
                        if (reader.GetString(reference.Namespace) == PluginInterfaceNamespace &&
                            reader.GetString(reference.Name) == PluginInterfaceName)
                        {
                            return true;
                        }
                    }
                }

                handle = type.BaseType.Kind == HandleKind.TypeDefinition ? (TypeDefinitionHandle)type.BaseType : default;
            }

            return false;
        }

        private static IEnumerable<RegistrationAttributeValues> RegistrationAttributes(MetadataReader reader, TypeDefinition type)
        {
            var provider = new AttributeValueTypeProvider();
            foreach (var attributeHandle in type.GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(attributeHandle);
                if (!IsRegistrationAttribute(reader, attribute))
                {
                    continue;
                }

                var value = attribute.DecodeValue(provider);
                var positional = value.FixedArguments.Select(a => Unwrap(a.Value)).ToList();
                var named = value.NamedArguments.ToDictionary(a => a.Name ?? string.Empty, a => Unwrap(a.Value), StringComparer.Ordinal);
                yield return new RegistrationAttributeValues(positional, named);
            }
        }

        /// <summary>The attribute's constructor is a definition in the plugin assembly, or a reference when the attribute is shared.</summary>
        private static bool IsRegistrationAttribute(MetadataReader reader, CustomAttribute attribute)
        {
            string name, ns;
            if (attribute.Constructor.Kind == HandleKind.MethodDefinition)
            {
                var type = reader.GetTypeDefinition(reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType());
                (name, ns) = (reader.GetString(type.Name), reader.GetString(type.Namespace));
            }
            else if (attribute.Constructor.Kind == HandleKind.MemberReference &&
                     reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent)
            {
                var type = reader.GetTypeReference((TypeReferenceHandle)parent);
                (name, ns) = (reader.GetString(type.Name), reader.GetString(type.Namespace));
            }
            else
            {
                return false;
            }

            return name == RegistrationAttributeValues.AttributeName && ns == RegistrationAttributeValues.AttributeNamespace;
        }

        private static object? Unwrap(object? value) =>
            value is ImmutableArray<CustomAttributeTypedArgument<string>> array
                ? array.Select(e => e.Value as string ?? string.Empty).ToArray()
                : value;

        private static string? TargetFramework(MetadataReader reader)
        {
            var provider = new AttributeValueTypeProvider();
            foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(handle);
                if (attribute.Constructor.Kind != HandleKind.MemberReference)
                {
                    continue;
                }

                var ctor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                if (ctor.Parent.Kind != HandleKind.TypeReference)
                {
                    continue;
                }

                var type = reader.GetTypeReference((TypeReferenceHandle)ctor.Parent);
                if (reader.GetString(type.Name) == "TargetFrameworkAttribute" &&
                    reader.GetString(type.Namespace) == "System.Runtime.Versioning")
                {
                    return attribute.DecodeValue(provider).FixedArguments.FirstOrDefault().Value as string;
                }
            }

            return null;
        }
    }
}
