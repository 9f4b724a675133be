using System.Reflection;
using System.Runtime.Versioning;

namespace DataverseFunnel.Plugins.Tests
{
    /// <summary>
    /// These tests run twice: on net10.0 and, under Mono (or .NET Framework), on net462 against the plugin DLL the
    /// solution ships. Each run must load the plugin build of its own framework, or the net462 run proves nothing.
    /// </summary>
    public class PluginBuildUnderTestTests
    {
#if NETFRAMEWORK
        private const string Expected = ".NETFramework,Version=v4.6.2";
#else
        private const string Expected = ".NETCoreApp,Version=v10.0";
#endif

        [Fact]
        public void PluginAssembly_LoadedByThisRun_IsTheBuildForThisRunsFramework()
        {
            var plugins = typeof(JourneyStagePlugin).Assembly;

            Assert.Equal("DataverseFunnel.Plugins", plugins.GetName().Name);
            Assert.Equal(Expected, plugins.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
        }
    }
}
