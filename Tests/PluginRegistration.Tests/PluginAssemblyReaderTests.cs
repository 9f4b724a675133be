using System.IO;
using System.Linq;

namespace DataverseFunnel.Registration.Tests
{
    public class PluginAssemblyReaderTests
    {
        // Reads this test assembly's own DLL: it carries sample plugins and registrations, one of them invalid.
        private static PluginAssemblyInfo ReadSelf(bool validate = false) =>
            PluginAssemblyReader.Read(typeof(PluginAssemblyReaderTests).Assembly.Location, validate);

        [Fact]
        public void Read_PluginTypes_FindsConcreteIPluginClassesThroughBaseClasses()
        {
            var info = ReadSelf();

            Assert.Contains(typeof(SampleGuardPlugin).FullName, info.PluginTypeNames);
            Assert.DoesNotContain(typeof(SamplePluginBase).FullName, info.PluginTypeNames);
            Assert.DoesNotContain(typeof(NotAPlugin).FullName, info.PluginTypeNames);
        }

        [Fact]
        public void Read_Identity_NameVersionReferencesAndFramework()
        {
            var info = ReadSelf();

            Assert.Equal("PluginRegistration.Tests", info.Name);
            Assert.StartsWith(".NETCoreApp,Version=v10.0", info.TargetFramework);
            Assert.Contains(info.ReferencedAssemblies, r => r.StartsWith("Microsoft.Xrm.Sdk, Version=9.0.0.0", System.StringComparison.Ordinal));
            Assert.False(info.IsStrongNameSigned);
        }

        [Fact]
        public void Read_InvalidRegistrationInAssembly_ThrowsLikeReflectionReader()
        {
            // The assembly holds AsyncInPreOperationPlugin, whose registration Dataverse would refuse.
            var error = Assert.Throws<StepRegistrationException>(() => ReadSelf(validate: true));

            Assert.Contains(nameof(AsyncInPreOperationPlugin), error.Message);
        }

        [Fact]
        public void Read_Steps_MatchReflectionReader()
        {
            var fromMetadata = ReadSelf().Steps.Where(s => s.PluginTypeName == typeof(SampleGuardPlugin).FullName).ToList();
            var fromReflection = StepRegistrationReader.FromType(typeof(SampleGuardPlugin));

            Assert.Equal(2, fromMetadata.Count);
            foreach (var expected in fromReflection)
            {
                var actual = fromMetadata.Single(s => s.Id == expected.Id);
                Assert.Equal(expected with { FilteringAttributes = actual.FilteringAttributes, Images = actual.Images }, actual);
                Assert.Equal(expected.FilteringAttributes, actual.FilteringAttributes);
                Assert.Equal(expected.Images.Select(i => (i.Alias, i.Kind, string.Join(",", i.Attributes))),
                    actual.Images.Select(i => (i.Alias, i.Kind, string.Join(",", i.Attributes))));
            }
        }

        [Fact]
        public void Read_MissingFile_ThrowsFileNotFound()
        {
            Assert.Throws<FileNotFoundException>(() => PluginAssemblyReader.Read(Path.Combine(Path.GetTempPath(), "no-such-plugin.dll")));
        }
    }
}
