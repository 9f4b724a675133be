using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using DataverseFunnel.XrmSdk.Tests.Surface;

namespace DataverseFunnel.XrmSdk.Tests
{
    /// <summary>
    /// The net462 plugin DLL is what Dataverse loads: it must bind to exactly the SDK the sandbox supplies and to
    /// nothing else outside the framework, be strong-name signed and target .NET Framework 4.6.2.
    /// </summary>
    public class PluginsAssemblyReferenceTests
    {
        private const string ExpectedSdk = "Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";

        private static string PluginsDll => RepositoryPaths.Output("Plugins", "net462", "DataverseFunnel.Plugins.dll");

        /// <summary>
        /// Everything the shipped plugin may bind to, by full identity: the .NET Framework assemblies it uses today and the
        /// SDK. The sandbox supplies these and nothing else, so a new reference (System.Memory, System.Text.Json, …) must
        /// fail here by name; add it only after checking the sandbox has it.
        /// </summary>
        internal static readonly string[] AllowList =
        {
            "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089",
            "System.Core, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089",
            ExpectedSdk,
        };

        [Fact]
        public void References_Net462PluginsDll_AreAllOnTheAllowList()
        {
            var references = ReadReferences().Select(r => r.FullName).ToList();

            var unexpected = OutsideAllowList(references);

            Assert.True(unexpected.Count == 0, "The net462 plugin references assemblies outside the allow-list: " + string.Join("; ", unexpected));
        }

        [Theory]
        [InlineData("System.Memory, Version=4.0.1.2, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51")]
        [InlineData("System.Text.Json, Version=8.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51")]
        [InlineData("System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089")]
        [InlineData("Microsoft.Xrm.Sdk, Version=9.1.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35")]
        [InlineData("Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed")]
        public void OutsideAllowList_StrayReference_IsNamed(string stray)
        {
            var references = new[] { AllowList[0], stray, ExpectedSdk };

            Assert.Equal(new[] { stray }, OutsideAllowList(references));
        }

        private static List<string> OutsideAllowList(IEnumerable<string> references) =>
            references.Where(r => !AllowList.Contains(r, StringComparer.Ordinal)).ToList();

        [Fact]
        public void References_Net462PluginsDll_IncludeMicrosoftXrmSdk900()
        {
            // Fails (correctly) while the Plugins project has no class that uses the SDK yet.
            var references = ReadReferences().Select(r => r.FullName).ToList();

            Assert.Contains(ExpectedSdk, references);
        }

        [Fact]
        public void Signature_Net462PluginsDll_IsStrongNameSigned()
        {
            using var stream = File.OpenRead(Existing(PluginsDll));
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();

            Assert.False(reader.GetAssemblyDefinition().PublicKey.IsNil, "The plugin assembly has no public key.");
            Assert.True((pe.PEHeaders.CorHeader!.Flags & CorFlags.StrongNameSigned) != 0, "The plugin assembly is not strong-name signed.");
        }

        [Fact]
        public void TargetFramework_Net462PluginsDll_IsNetFramework462()
        {
            using var stream = File.OpenRead(Existing(PluginsDll));
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            var names = new TypeNameProvider(reader);

            var frameworks = reader.GetAssemblyDefinition().GetCustomAttributes()
                .Select(reader.GetCustomAttribute)
                .Where(a => a.Constructor.Kind == HandleKind.MemberReference
                    && names.NameOf(reader.GetMemberReference((MemberReferenceHandle)a.Constructor).Parent) == "System.Runtime.Versioning.TargetFrameworkAttribute")
                .Select(a => a.DecodeValue(names).FixedArguments[0].Value as string)
                .ToList();

            Assert.Equal(new[] { ".NETFramework,Version=v4.6.2" }, frameworks);
        }

        private static string Existing(string path)
        {
            Assert.True(File.Exists(path), "net462 plugin DLL not found at " + path + " (built through this project's ProjectReference).");
            return path;
        }

        private static List<AssemblyName> ReadReferences()
        {
            using var stream = File.OpenRead(Existing(PluginsDll));
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            return reader.AssemblyReferences.Select(h => ToName(reader, reader.GetAssemblyReference(h))).ToList();
        }

        private static AssemblyName ToName(MetadataReader reader, AssemblyReference reference)
        {
            var name = new AssemblyName(reader.GetString(reference.Name))
            {
                Version = reference.Version,
                CultureName = reference.Culture.IsNil ? string.Empty : reader.GetString(reference.Culture),
            };
            var keyOrToken = reader.GetBlobBytes(reference.PublicKeyOrToken);
            if ((reference.Flags & AssemblyFlags.PublicKey) != 0)
            {
                // A full key: the token is the last 8 bytes of its SHA-1, reversed.
                name.SetPublicKeyToken(SHA1.HashData(keyOrToken).Reverse().Take(8).ToArray());
            }
            else
            {
                name.SetPublicKeyToken(keyOrToken);
            }

            return name;
        }
    }
}
