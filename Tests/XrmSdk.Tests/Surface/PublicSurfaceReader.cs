using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DataverseFunnel.XrmSdk.Tests.Surface
{
    /// <summary>
    /// Lists every public type and every public/protected member of an assembly, with its declaring type and full
    /// signature, from metadata alone (no loading), so the net462 and net10.0 builds can be compared line by line.
    /// </summary>
    internal static class PublicSurfaceReader
    {
        private static readonly string[] ContractAttributes =
        {
            "System.Runtime.Serialization.DataContractAttribute",
            "System.Runtime.Serialization.CollectionDataContractAttribute",
            "System.Runtime.Serialization.KnownTypeAttribute",
            "System.ServiceModel.ServiceContractAttribute",
        };

        internal static IReadOnlyList<string> Read(string assemblyPath)
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            var names = new TypeNameProvider(reader);
            var lines = new List<string>();
            var types = reader.TypeDefinitions
                .Select(h => (Handle: h, Definition: reader.GetTypeDefinition(h)))
                .Where(t => (t.Definition.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
                .OrderBy(t => names.NameOf(t.Handle), System.StringComparer.Ordinal);
            foreach (var (handle, type) in types)
            {
                var typeName = names.NameOf(handle);
                var scope = new GenericScope(TypeNameProvider.Names(reader, type.GetGenericParameters()), ImmutableArray<string>.Empty);
                lines.Add(TypeLine(reader, names, type, typeName, scope));
                var memberPrefix = typeName + (scope.TypeParameters.IsEmpty ? string.Empty : "<" + string.Join(", ", scope.TypeParameters) + ">");
                lines.AddRange(Members(reader, names, type, memberPrefix, scope).OrderBy(l => l, System.StringComparer.Ordinal));
            }

            return lines;
        }

        private static string TypeLine(MetadataReader reader, TypeNameProvider names, TypeDefinition type, string typeName, GenericScope scope)
        {
            var baseName = type.BaseType.IsNil ? null : names.NameOf(type.BaseType, scope);
            var kind = (type.Attributes & TypeAttributes.Interface) != 0 ? "interface"
                : baseName == "System.Enum" ? "enum"
                : baseName == "System.ValueType" ? "struct"
                : baseName == "System.MulticastDelegate" ? "delegate"
                : "class";
            var modifiers = kind != "class" ? string.Empty
                : (type.Attributes & (TypeAttributes.Abstract | TypeAttributes.Sealed)) == (TypeAttributes.Abstract | TypeAttributes.Sealed) ? "static "
                : (type.Attributes & TypeAttributes.Abstract) != 0 ? "abstract "
                : (type.Attributes & TypeAttributes.Sealed) != 0 ? "sealed "
                : string.Empty;
            var generic = scope.TypeParameters.IsEmpty ? string.Empty : "<" + string.Join(", ", scope.TypeParameters) + ">";
            var bases = new List<string>();
            if (kind == "class" && baseName != null && baseName != "object" && baseName != "System.Object") bases.Add(baseName);
            bases.AddRange(type.GetInterfaceImplementations()
                .Select(i => reader.GetInterfaceImplementation(i).Interface)
                .Select(i => names.NameOf(i, scope))
                .OrderBy(n => n, System.StringComparer.Ordinal));
            var attributes = ContractAttributeText(reader, names, type.GetCustomAttributes());
            if (((int)type.Attributes & 0x2000) != 0) // TypeAttributes.Serializable (obsolete name), still the metadata flag
                attributes.Insert(0, "[Serializable]");
            return string.Join(" ", attributes) + (attributes.Count > 0 ? " " : string.Empty)
                + modifiers + kind + " " + typeName + generic + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
        }

        private static List<string> ContractAttributeText(MetadataReader reader, TypeNameProvider names, CustomAttributeHandleCollection handles)
        {
            var result = new List<string>();
            foreach (var handle in handles)
            {
                var attribute = reader.GetCustomAttribute(handle);
                var attributeType = AttributeTypeName(reader, names, attribute);
                if (!ContractAttributes.Contains(attributeType)) continue;
                var value = attribute.DecodeValue(names);
                var arguments = value.FixedArguments.Select(a => Literal(a.Value))
                    .Concat(value.NamedArguments.OrderBy(a => a.Name, System.StringComparer.Ordinal).Select(a => a.Name + "=" + Literal(a.Value)));
                var shortName = attributeType.Substring(attributeType.LastIndexOf('.') + 1).Replace("Attribute", string.Empty);
                result.Add("[" + shortName + "(" + string.Join(", ", arguments) + ")]");
            }

            result.Sort(System.StringComparer.Ordinal);
            return result;
        }

        private static string AttributeTypeName(MetadataReader reader, TypeNameProvider names, CustomAttribute attribute) =>
            attribute.Constructor.Kind switch
            {
                HandleKind.MemberReference => names.NameOf(reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent),
                HandleKind.MethodDefinition => names.NameOf(reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType()),
                _ => string.Empty,
            };

        private static string Literal(object? value) => value switch
        {
            null => "null",
            string s => "\"" + s + "\"",
            bool b => b ? "true" : "false",
            _ => System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
        };

        private static IEnumerable<string> Members(MetadataReader reader, TypeNameProvider names, TypeDefinition type, string typeName, GenericScope scope)
        {
            var isInterface = (type.Attributes & TypeAttributes.Interface) != 0;
            var accessors = new HashSet<MethodDefinitionHandle>();
            foreach (var propertyHandle in type.GetProperties())
            {
                var property = reader.GetPropertyDefinition(propertyHandle);
                var methods = property.GetAccessors();
                if (!methods.Getter.IsNil) accessors.Add(methods.Getter);
                if (!methods.Setter.IsNil) accessors.Add(methods.Setter);
                var line = PropertyLine(reader, names, property, methods, scope, isInterface);
                if (line != null) yield return typeName + "::" + line;
            }

            foreach (var eventHandle in type.GetEvents())
            {
                var accessorsOfEvent = reader.GetEventDefinition(eventHandle).GetAccessors();
                accessors.Add(accessorsOfEvent.Adder);
                accessors.Add(accessorsOfEvent.Remover);
                yield return typeName + "::event " + reader.GetString(reader.GetEventDefinition(eventHandle).Name);
            }

            foreach (var methodHandle in type.GetMethods())
            {
                if (accessors.Contains(methodHandle)) continue;
                var method = reader.GetMethodDefinition(methodHandle);
                var access = Access(method.Attributes);
                if (access == null) continue;
                yield return typeName + "::" + MethodLine(reader, names, method, access, scope, isInterface);
            }

            foreach (var fieldHandle in type.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                if ((field.Attributes & FieldAttributes.FieldAccessMask) != FieldAttributes.Public) continue;
                if ((field.Attributes & FieldAttributes.RTSpecialName) != 0) continue; // an enum's value__
                var name = reader.GetString(field.Name);
                var constant = field.GetDefaultValue();
                var valueText = constant.IsNil ? string.Empty : " = " + ConstantText(reader, reader.GetConstant(constant));
                yield return typeName + "::field " + name + valueText;
            }
        }

        private static string? PropertyLine(MetadataReader reader, TypeNameProvider names, PropertyDefinition property, PropertyAccessors methods, GenericScope scope, bool isInterface)
        {
            var getAccess = methods.Getter.IsNil ? null : Access(reader.GetMethodDefinition(methods.Getter).Attributes);
            var setAccess = methods.Setter.IsNil ? null : Access(reader.GetMethodDefinition(methods.Setter).Attributes);
            if (getAccess == null && setAccess == null) return null;
            var any = reader.GetMethodDefinition(!methods.Getter.IsNil && getAccess != null ? methods.Getter : methods.Setter);
            var signature = property.DecodeSignature(names, scope);
            var indexers = signature.ParameterTypes.Length == 0 ? string.Empty : "[" + string.Join(", ", signature.ParameterTypes) + "]";
            var modifiers = isInterface ? string.Empty : MethodModifiers(any.Attributes);
            var accessorsText = (getAccess != null ? getAccess + " get; " : string.Empty) + (setAccess != null ? setAccess + " set; " : string.Empty);
            return "property " + modifiers + signature.ReturnType + " " + reader.GetString(property.Name) + indexers + " { " + accessorsText + "}";
        }

        private static string MethodLine(MetadataReader reader, TypeNameProvider names, MethodDefinition method, string access, GenericScope typeScope, bool isInterface)
        {
            var scope = typeScope with { MethodParameters = TypeNameProvider.Names(reader, method.GetGenericParameters()) };
            var signature = method.DecodeSignature(names, scope);
            var name = reader.GetString(method.Name);
            var parameters = method.GetParameters().Select(reader.GetParameter).Where(p => p.SequenceNumber > 0).ToDictionary(p => p.SequenceNumber);
            var parameterTexts = signature.ParameterTypes.Select((type, index) =>
            {
                parameters.TryGetValue(index + 1, out var parameter);
                var text = type;
                if (parameter.Name.IsNil) return text;
                if ((parameter.Attributes & ParameterAttributes.Out) != 0 && text.StartsWith("ref ", System.StringComparison.Ordinal)) text = "out " + text.Substring(4);
                if (IsParamArray(reader, names, parameter)) text = "params " + text;
                text += " " + reader.GetString(parameter.Name);
                if ((parameter.Attributes & ParameterAttributes.HasDefault) != 0) text += " = " + ConstantText(reader, reader.GetConstant(parameter.GetDefaultValue()));
                return text;
            });
            var generic = scope.MethodParameters.IsEmpty ? string.Empty : "<" + string.Join(", ", scope.MethodParameters) + ">";
            var constraints = string.Concat(method.GetGenericParameters().Select(reader.GetGenericParameter).Select(p => ConstraintText(reader, names, p, scope)));
            var modifiers = isInterface ? string.Empty : MethodModifiers(method.Attributes);
            var returnText = name == ".ctor" ? string.Empty : signature.ReturnType + " ";
            return "method " + access + " " + modifiers + returnText + name + generic + "(" + string.Join(", ", parameterTexts) + ")" + constraints;
        }

        private static string ConstraintText(MetadataReader reader, TypeNameProvider names, GenericParameter parameter, GenericScope scope)
        {
            var parts = new List<string>();
            if ((parameter.Attributes & GenericParameterAttributes.ReferenceTypeConstraint) != 0) parts.Add("class");
            if ((parameter.Attributes & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0) parts.Add("struct");
            parts.AddRange(parameter.GetConstraints().Select(c => reader.GetGenericParameterConstraint(c).Type)
                .Select(t => names.NameOf(t, scope)));
            if ((parameter.Attributes & GenericParameterAttributes.DefaultConstructorConstraint) != 0 && !parts.Contains("struct")) parts.Add("new()");
            return parts.Count == 0 ? string.Empty : " where " + reader.GetString(parameter.Name) + " : " + string.Join(", ", parts);
        }

        private static bool IsParamArray(MetadataReader reader, TypeNameProvider names, Parameter parameter) =>
            parameter.GetCustomAttributes().Any(h => AttributeTypeName(reader, names, reader.GetCustomAttribute(h)) == "System.ParamArrayAttribute");

        private static string? Access(MethodAttributes attributes) => (attributes & MethodAttributes.MemberAccessMask) switch
        {
            MethodAttributes.Public => "public",
            MethodAttributes.Family => "protected",
            MethodAttributes.FamORAssem => "protected internal",
            _ => null,
        };

        private static string MethodModifiers(MethodAttributes attributes)
        {
            if ((attributes & MethodAttributes.Static) != 0) return "static ";
            if ((attributes & MethodAttributes.Abstract) != 0) return "abstract ";
            if ((attributes & MethodAttributes.Virtual) == 0) return string.Empty;
            var isNew = (attributes & MethodAttributes.NewSlot) != 0;
            var isFinal = (attributes & MethodAttributes.Final) != 0;
            return isNew ? (isFinal ? string.Empty : "virtual ") : (isFinal ? "sealed override " : "override ");
        }

        private static string ConstantText(MetadataReader reader, Constant constant)
        {
            var blob = reader.GetBlobReader(constant.Value);
            return constant.TypeCode switch
            {
                ConstantTypeCode.NullReference => "null",
                ConstantTypeCode.Int32 => blob.ReadInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ConstantTypeCode.Boolean => blob.ReadBoolean() ? "true" : "false",
                ConstantTypeCode.String => "\"" + blob.ReadUTF16(blob.Length) + "\"",
                _ => constant.TypeCode.ToString(),
            };
        }
    }
}
