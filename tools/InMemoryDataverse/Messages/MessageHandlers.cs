using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.CustomApis;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>The message handlers keyed by request name, built once; a duplicate name is a construction error.</summary>
internal sealed class MessageHandlers
{
    private readonly Dictionary<string, IMessageHandler> _handlers = new(StringComparer.Ordinal);

    public static MessageHandlers CreateDefault()
    {
        var handlers = new MessageHandlers();
        handlers.Add(new CreateHandler());
        handlers.Add(new RetrieveHandler());
        handlers.Add(new UpdateHandler());
        handlers.Add(new DeleteHandler());
        handlers.Add(new RetrieveMultipleHandler());
        handlers.Add(new CreateMultipleHandler());
        handlers.Add(new UpdateMultipleHandler());
        handlers.Add(new AssociateHandler());
        handlers.Add(new DisassociateHandler());
        handlers.Add(new SetStateHandler("SetState"));
        handlers.Add(new SetStateHandler("SetStateDynamicEntity"));
        handlers.Add(new WhoAmIHandler());
        handlers.Add(new UpsertHandler());
        handlers.Add(new ExecuteMultipleHandler());
        handlers.Add(new RetrieveEntityHandler());
        handlers.Add(new RetrieveAllEntitiesHandler());
        return handlers;
    }

    public IEnumerable<string> Names => _handlers.Keys;

    public void Add(IMessageHandler handler)
    {
        if (!_handlers.TryAdd(handler.MessageName, handler))
        {
            throw new InvalidOperationException($"Two handlers are registered for the message '{handler.MessageName}'.");
        }
    }

    /// <summary>The Custom APIs among the handlers, in registration order.</summary>
    public IReadOnlyList<CustomApiDefinition> CustomApiDefinitions()
    {
        var apis = new List<CustomApiDefinition>();
        foreach (var handler in _handlers.Values)
        {
            if (handler is CustomApiHandler api) apis.Add(api.Api);
        }

        return apis;
    }

    public IMessageHandler? Find(string? messageName) =>
        messageName is not null && _handlers.TryGetValue(messageName, out var handler) ? handler : null;
}
