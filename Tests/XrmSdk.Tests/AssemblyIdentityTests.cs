using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using DataverseFunnel.XrmSdk.Tests.Surface;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.XrmSdk.Tests
{
    /// <summary>Plugins bind to the SDK Dataverse supplies only if the stand-in has exactly the real identity.</summary>
    public class AssemblyIdentityTests
    {
        private const string MicrosoftToken = "31bf3856ad364e35";

        [Fact]
        public void Net10Build_Identity_IsMicrosoftXrmSdk900WithMicrosoftToken()
        {
            var name = typeof(Entity).Assembly.GetName();

            Assert.Equal("Microsoft.Xrm.Sdk", name.Name);
            Assert.Equal(new Version(9, 0, 0, 0), name.Version);
            Assert.Equal(string.Empty, name.CultureName);
            Assert.Equal(MicrosoftToken, Convert.ToHexString(name.GetPublicKeyToken()!).ToLowerInvariant());
            Assert.Equal("Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=" + MicrosoftToken, name.FullName);
        }

        [Fact]
        public void Net462Build_Identity_IsMicrosoftXrmSdk900WithMicrosoftToken()
        {
            var path = RepositoryPaths.Output(Path.Combine("tools", "XrmSdk"), "net462", "Microsoft.Xrm.Sdk.dll");
            Assert.True(File.Exists(path), "net462 build not found at " + path);

            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var name = pe.GetMetadataReader().GetAssemblyDefinition().GetAssemblyName();

            Assert.Equal("Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=" + MicrosoftToken, name.FullName);
        }
    }
}
