using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// A step in the org with its plugin instance. Like the platform, one instance per step is created once and reused
/// for every execution, so a plugin that keeps state in fields shows it in tests.
/// </summary>
internal sealed class RegisteredStep
{
    private EntityReference? _owningExtension;

    public RegisteredStep(StepDefinition definition, IPlugin plugin, int order)
    {
        Definition = definition;
        Plugin = plugin;
        Order = order;
    }

    public StepDefinition Definition { get; }

    /// <summary>The step as IExecutionContext.OwningExtension (built once).</summary>
    public EntityReference OwningExtension => _owningExtension ??= new EntityReference("sdkmessageprocessingstep", Definition.Id) { Name = Definition.Name };

    public IPlugin Plugin { get; }

    /// <summary>Registration order: the last tie-break after rank and step id.</summary>
    public int Order { get; }

    public bool HasFilter => Definition.FilteringAttributes.Count > 0;

    /// <summary>True when the step runs for this Target (Update filtering attributes; other messages always run).</summary>
    public bool PassesFilter(Entity? target)
    {
        if (!HasFilter || target is null) return true;
        foreach (var attribute in Definition.FilteringAttributes)
        {
            if (target.Attributes.ContainsKey(attribute)) return true;
        }

        return false;
    }
}
