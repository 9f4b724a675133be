using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// The IServiceProvider a step's Execute receives: the context (for IExecutionContext and every
/// IPluginExecutionContext version), the step's tracing and logger, and an organization service factory.
/// Unknown services answer null, as the platform does.
/// </summary>
internal sealed class StepServiceProvider : IServiceProvider
{
    private readonly PluginExecutionContext _context;
    private readonly CapturingTracingService _tracing;
    private readonly IOrganizationServiceFactory _factory;
    private CapturingLogger? _logger;

    public StepServiceProvider(PluginExecutionContext context, CapturingTracingService tracing, IOrganizationServiceFactory factory)
    {
        _context = context;
        _tracing = tracing;
        _factory = factory;
    }

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext)
            || serviceType == typeof(IPluginExecutionContext2) || serviceType == typeof(IPluginExecutionContext3)
            || serviceType == typeof(IPluginExecutionContext4) || serviceType == typeof(IPluginExecutionContext5)
            || serviceType == typeof(IPluginExecutionContext6) || serviceType == typeof(IPluginExecutionContext7))
        {
            return _context;
        }

        if (serviceType == typeof(ITracingService)) return _tracing;
        if (serviceType == typeof(IOrganizationServiceFactory)) return _factory;
        if (serviceType == typeof(ILogger)) return _logger ??= new CapturingLogger(_tracing);
        return null;
    }
}
