using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>Executes one SDK message (by its request name) through the pipeline.</summary>
internal interface IMessageHandler
{
    string MessageName { get; }

    OrganizationResponse Handle(OrganizationRequest request, MessageContext context);
}
