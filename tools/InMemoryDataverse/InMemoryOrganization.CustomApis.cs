using System;
using System.Collections.Generic;
using System.Reflection;
using DataverseFunnel.InMemory.CustomApis;
using DataverseFunnel.InMemory.Messages;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory;

/// <summary>Custom APIs: messages the org raises by unique name, with a plugin type as their main operation.</summary>
public sealed partial class InMemoryOrganization
{
    /// <summary>The Custom APIs registered in this org, in registration order.</summary>
    public IReadOnlyList<CustomApiDefinition> CustomApis
    {
        get
        {
            lock (_core.Gate) return _core.Handlers.CustomApiDefinitions();
        }
    }

    /// <summary>Registers a Custom API with an instance of <typeparamref name="TPlugin"/> as its main operation (created once, reused).</summary>
    public void RegisterCustomApi<TPlugin>(CustomApiDefinition api)
        where TPlugin : IPlugin => RegisterCustomApi(api, typeof(TPlugin));

    /// <summary>Registers a Custom API whose main operation is <paramref name="pluginType"/> (null: a message with no main operation).</summary>
    public void RegisterCustomApi(CustomApiDefinition api, Type? pluginType)
    {
        if (api is null) throw new ArgumentNullException(nameof(api));
        RegisterCustomApi(api, pluginType is null ? null : PluginActivator.Create(pluginType, null, null));
    }

    /// <summary>Registers a Custom API with a plugin instance you built as its main operation.</summary>
    public void RegisterCustomApi(CustomApiDefinition api, IPlugin? mainOperation)
    {
        if (api is null) throw new ArgumentNullException(nameof(api));
        if (api.BoundEntityLogicalName is { } table && _core.Metadata.FindTable(table) is null)
        {
            throw new StepRegistrationException($"Custom API '{api.UniqueName}' is bound to table '{table}', which the org's metadata does not declare.");
        }

        lock (_core.Gate)
        {
            if (_core.Handlers.Find(api.UniqueName) is not null)
            {
                throw new StepRegistrationException($"The message '{api.UniqueName}' already exists in the org; a Custom API needs a unique name.");
            }

            _core.Handlers.Add(new CustomApiHandler(api, mainOperation));
        }
    }

    /// <summary>
    /// Registers Custom APIs read from a solution (<see cref="Solutions.CustomApiReader"/>), resolving each one's plugin
    /// type by full name in <paramref name="pluginAssembly"/>; <paramref name="standIns"/> supplies a plugin for a type
    /// the assembly does not hold (e.g. a test's stand-in for a DLL the export does not include).
    /// </summary>
    public void RegisterCustomApis(IEnumerable<CustomApiDefinition> apis, Assembly pluginAssembly, IReadOnlyDictionary<string, Type>? standIns = null)
    {
        foreach (var api in apis)
        {
            Type? type = null;
            if (api.PluginTypeName is { } name && !(standIns?.TryGetValue(name, out type) ?? false))
            {
                type = pluginAssembly.GetType(name, throwOnError: false)
                    ?? throw new StepRegistrationException($"Custom API '{api.UniqueName}' names plugin type '{name}', which '{pluginAssembly.GetName().Name}' does not contain.");
            }

            RegisterCustomApi(api, type);
        }
    }
}
