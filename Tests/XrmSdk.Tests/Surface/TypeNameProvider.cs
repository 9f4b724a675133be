using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace DataverseFunnel.XrmSdk.Tests.Surface
{
    /// <summary>Generic parameter names in scope while decoding a signature.</summary>
    internal sealed record GenericScope(ImmutableArray<string> TypeParameters, ImmutableArray<string> MethodParameters);

    /// <summary>
    /// Renders metadata types as framework-neutral C#-like names (System.Guid, int, T[], Nullable as T?), so the
    /// net462 build (mscorlib) and the net10.0 build (System.Runtime) of the same source render identically.
    /// </summary>
    internal sealed class TypeNameProvider : ISignatureTypeProvider<string, GenericScope>, ICustomAttributeTypeProvider<string>
    {
        private readonly MetadataReader _reader;

        internal TypeNameProvider(MetadataReader reader)
        {
            _reader = reader;
        }

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Boolean => "bool",
            PrimitiveTypeCode.Byte => "byte",
            PrimitiveTypeCode.SByte => "sbyte",
            PrimitiveTypeCode.Char => "char",
            PrimitiveTypeCode.Int16 => "short",
            PrimitiveTypeCode.UInt16 => "ushort",
            PrimitiveTypeCode.Int32 => "int",
            PrimitiveTypeCode.UInt32 => "uint",
            PrimitiveTypeCode.Int64 => "long",
            PrimitiveTypeCode.UInt64 => "ulong",
            PrimitiveTypeCode.Single => "float",
            PrimitiveTypeCode.Double => "double",
            PrimitiveTypeCode.String => "string",
            PrimitiveTypeCode.Object => "object",
            PrimitiveTypeCode.Void => "void",
            PrimitiveTypeCode.IntPtr => "System.IntPtr",
            PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
            PrimitiveTypeCode.TypedReference => "System.TypedReference",
            _ => typeCode.ToString(),
        };

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => NameOf(handle);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => NameOf(handle);

        public string GetTypeFromSpecification(MetadataReader reader, GenericScope genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

        public string GetByReferenceType(string elementType) => "ref " + elementType;

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "delegate*";

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
            genericType == "System.Nullable" ? typeArguments[0] + "?" : genericType + "<" + string.Join(", ", typeArguments) + ">";

        public string GetGenericTypeParameter(GenericScope genericContext, int index) => genericContext.TypeParameters[index];

        public string GetGenericMethodParameter(GenericScope genericContext, int index) => genericContext.MethodParameters[index];

        public string GetSystemType() => "System.Type";

        public bool IsSystemType(string type) => type == "System.Type";

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        internal string NameOf(EntityHandle handle) =>
            NameOf(handle, new GenericScope(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty));

        internal string NameOf(EntityHandle handle, GenericScope scope) => handle.Kind switch
        {
            HandleKind.TypeDefinition => NameOf((TypeDefinitionHandle)handle),
            HandleKind.TypeReference => NameOf((TypeReferenceHandle)handle),
            HandleKind.TypeSpecification => _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, scope),
            _ => throw new NotSupportedException(handle.Kind.ToString()),
        };

        private string NameOf(TypeDefinitionHandle handle)
        {
            var definition = _reader.GetTypeDefinition(handle);
            var name = StripArity(_reader.GetString(definition.Name));
            var declaring = definition.GetDeclaringType();
            if (!declaring.IsNil) return NameOf(declaring) + "." + name;
            var ns = _reader.GetString(definition.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        private string NameOf(TypeReferenceHandle handle)
        {
            var reference = _reader.GetTypeReference(handle);
            var name = StripArity(_reader.GetString(reference.Name));
            if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return NameOf((TypeReferenceHandle)reference.ResolutionScope) + "." + name;
            }

            var ns = _reader.GetString(reference.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        private static string StripArity(string name)
        {
            var tick = name.IndexOf('`');
            return tick < 0 ? name : name.Substring(0, tick);
        }

        internal static ImmutableArray<string> Names(MetadataReader reader, GenericParameterHandleCollection parameters) =>
            parameters.Select(p => reader.GetString(reader.GetGenericParameter(p).Name)).ToImmutableArray();
    }
}
