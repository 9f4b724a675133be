using System;
using System.Linq;
using System.Reflection;
using DataverseFunnel.Plugins;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Solution.Tests
{
    /// <summary>
    /// What Dataverse needs of the plugin assembly beyond compiling: the platform caches one instance per step and runs
    /// it on many threads, and creates it through one of its two constructors.
    /// </summary>
    public class PluginAssemblyShapeTests
    {
        private static readonly Assembly Plugins = typeof(PluginBase).Assembly;

        [Fact]
        public void NoType_HasStaticMutableState()
        {
            var mutable = Plugins.GetTypes()
                .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .Where(f => !f.IsLiteral && !f.IsInitOnly && !f.Name.Contains('<', StringComparison.Ordinal))
                    .Select(f => $"{t.FullName}.{f.Name}"))
                .ToList();

            Assert.Empty(mutable);
        }

        [Fact]
        public void EveryPlugin_IsSealedWithThePlatformsConstructors()
        {
            var plugins = Plugins.GetTypes().Where(t => typeof(IPlugin).IsAssignableFrom(t) && !t.IsAbstract).ToList();

            Assert.Equal(6, plugins.Count);
            foreach (var plugin in plugins)
            {
                Assert.True(plugin.IsSealed, $"{plugin.Name} is not sealed");
                Assert.NotNull(plugin.GetConstructor(Type.EmptyTypes));
                Assert.NotNull(plugin.GetConstructor(new[] { typeof(string), typeof(string) }));
            }
        }

        [Fact]
        public void EveryPlugin_InstanceFieldsAreReadOnly()
        {
            var writable = Plugins.GetTypes().Where(t => typeof(IPlugin).IsAssignableFrom(t))
                .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .Where(f => !f.IsInitOnly)
                    .Select(f => $"{t.FullName}.{f.Name}"))
                .ToList();

            Assert.Empty(writable);
        }
    }
}
