using System;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// Serves IOrganizationService instances to a step. Null = SYSTEM, Guid.Empty = the context's user, any other id =
/// that user. Calls run child pipelines: Depth + 1, ParentContext = the step's context, same transaction.
/// </summary>
internal sealed class ChildServiceFactory : IOrganizationServiceFactory
{
    private readonly OrganizationCore _core;
    private readonly PluginExecutionContext _context;

    public ChildServiceFactory(OrganizationCore core, PluginExecutionContext context)
    {
        _core = core;
        _context = context;
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
}
