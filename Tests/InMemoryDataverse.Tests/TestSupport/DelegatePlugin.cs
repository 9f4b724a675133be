using System;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Tests.TestSupport;

/// <summary>A plugin whose body is a lambda over the services it receives; lets each test state the step it needs.</summary>
internal sealed class DelegatePlugin : IPlugin
{
    private readonly Action<PluginServices> _body;

    public DelegatePlugin(Action<PluginServices> body) => _body = body;

    public int Executions { get; private set; }

    public void Execute(IServiceProvider serviceProvider)
    {
        Executions++;
        _body(new PluginServices(serviceProvider));
    }
}

/// <summary>The services a plugin typically pulls from its provider.</summary>
internal sealed class PluginServices
{
    public PluginServices(IServiceProvider provider)
    {
        Provider = provider;
        Context = (IPluginExecutionContext7)provider.GetService(typeof(IPluginExecutionContext))!;
        Tracing = (ITracingService)provider.GetService(typeof(ITracingService))!;
        Factory = (IOrganizationServiceFactory)provider.GetService(typeof(IOrganizationServiceFactory))!;
    }

    public IServiceProvider Provider { get; }

    public IPluginExecutionContext7 Context { get; }

    public ITracingService Tracing { get; }

    public IOrganizationServiceFactory Factory { get; }

    public Entity Target => (Entity)Context.InputParameters["Target"];

    public IOrganizationService Service(Guid? userId = null) => Factory.CreateOrganizationService(userId);
}
