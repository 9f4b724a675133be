using System;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>Creates a plugin the way the platform does: the (unsecure, secure) constructor when present, else the parameterless one.</summary>
internal static class PluginActivator
{
    public static IPlugin Create(Type pluginType, string? unsecureConfiguration, string? secureConfiguration)
    {
        if (!typeof(IPlugin).IsAssignableFrom(pluginType) || pluginType.IsAbstract)
        {
            throw new ArgumentException($"'{pluginType.FullName}' is not a concrete class implementing Microsoft.Xrm.Sdk.IPlugin.", nameof(pluginType));
        }

        var configured = pluginType.GetConstructor(new[] { typeof(string), typeof(string) });
        if (configured is not null) return (IPlugin)configured.Invoke(new object?[] { unsecureConfiguration, secureConfiguration });
        var parameterless = pluginType.GetConstructor(Type.EmptyTypes);
        if (parameterless is not null) return (IPlugin)parameterless.Invoke(null);
        throw new ArgumentException($"'{pluginType.FullName}' needs a public constructor () or (string unsecureConfig, string secureConfig).", nameof(pluginType));
    }
}
