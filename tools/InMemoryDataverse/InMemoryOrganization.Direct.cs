using System;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory;

/// <summary>Direct execution of one plugin, for plugin unit tests.</summary>
public sealed partial class InMemoryOrganization
{
    /// <summary>
    /// Runs <paramref name="plugin"/> once with a context built from <paramref name="step"/> and <paramref name="target"/>
    /// (an Entity or EntityReference); images are trimmed to the step's image columns. The plugin's exception is rethrown as is.
    /// </summary>
    public PluginExecution ExecutePlugin(IPlugin plugin, StepDefinition step, object target, Entity? preImage = null, Entity? postImage = null, Guid? userId = null)
    {
        lock (_core.Gate) return new DirectPluginRunner(_core).Run(plugin, step, target, preImage, postImage, userId ?? DefaultUserId);
    }

    /// <summary>Runs a new <typeparamref name="TPlugin"/> for its first declared [StepRegistration] (or <paramref name="step"/>).</summary>
    public PluginExecution ExecutePlugin<TPlugin>(object target, Entity? preImage = null, Entity? postImage = null, StepDefinition? step = null, string? secureConfiguration = null)
        where TPlugin : IPlugin
    {
        var declared = StepRegistrationReader.FromType(typeof(TPlugin));
        var chosen = step ?? (declared.Count > 0 ? declared[0] : throw new StepRegistrationException($"'{typeof(TPlugin).FullName}' declares no [StepRegistration]; pass the step to run."));
        var plugin = PluginActivator.Create(typeof(TPlugin), chosen.UnsecureConfiguration, secureConfiguration);
        return ExecutePlugin(plugin, chosen, target, preImage, postImage);
    }
}
