using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// What one step execution is given: the IServiceProvider its Execute receives, which also is its ITracingService
/// (lines kept for the audit) and its IOrganizationServiceFactory. One object per execution keeps the hot path lean.
/// The provider answers the context for IExecutionContext and every IPluginExecutionContext version, the tracing
/// service, the factory and an ILogger; unknown services answer null, as the platform does.
/// Factory: null = SYSTEM, Guid.Empty = the context's user, any other id = that user; calls run child pipelines
/// (Depth + 1, ParentContext = this step's context, same transaction).
/// </summary>
internal sealed class StepServices : IServiceProvider, ITracingService, IOrganizationServiceFactory
{
    private readonly OrganizationCore _core;
    private readonly PluginExecutionContext _context;
    private List<string>? _lines;
    private CapturingLogger? _logger;

    public StepServices(OrganizationCore core, PluginExecutionContext context)
    {
        _core = core;
        _context = context;
    }

    public IReadOnlyList<string> Lines => (IReadOnlyList<string>?)_lines ?? Array.Empty<string>();

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext)
            || serviceType == typeof(IPluginExecutionContext2) || serviceType == typeof(IPluginExecutionContext3)
            || serviceType == typeof(IPluginExecutionContext4) || serviceType == typeof(IPluginExecutionContext5)
            || serviceType == typeof(IPluginExecutionContext6) || serviceType == typeof(IPluginExecutionContext7))
        {
            return _context;
        }

        if (serviceType == typeof(ITracingService) || serviceType == typeof(IOrganizationServiceFactory)) return this;
        if (serviceType == typeof(ILogger)) return _logger ??= new CapturingLogger(this);
        return null;
    }

    public void Trace(string format, params object[] args)
    {
        var line = args is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, format, args) : format;
        (_lines ??= new List<string>()).Add(line);
    }

    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        var user = userId switch
        {
            null => _core.SystemUserId,
            var id when id == Guid.Empty => _context.UserId,
            var id => id.Value,
        };
        return new InMemoryOrganizationService(_core, user, _context);
    }

    public override string ToString() => _lines is null ? string.Empty : string.Join(Environment.NewLine, _lines);
}
