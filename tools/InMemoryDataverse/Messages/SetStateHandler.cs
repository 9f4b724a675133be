using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>
/// SetState (EntityMoniker, State, Status) is performed through Update, as the platform does with the deprecated
/// specialized messages: Update steps fire with a Target holding statecode and statuscode.
/// </summary>
internal sealed class SetStateHandler : IMessageHandler
{
    public string MessageName => "SetState";

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var moniker = MessageContext.Required<EntityReference>(request, "EntityMoniker");
        var state = MessageContext.Required<OptionSetValue>(request, "State");
        var status = MessageContext.Required<OptionSetValue>(request, "Status");
        var target = new Entity(moniker.LogicalName, moniker.Id);
        target.Attributes["statecode"] = new OptionSetValue(state.Value);
        if (status.Value != -1) target.Attributes["statuscode"] = new OptionSetValue(status.Value); // -1 = the state's default status
        var update = new OrganizationRequest("Update") { RequestId = request.RequestId };
        update.Parameters["Target"] = target;
        new UpdateHandler().Handle(update, context);
        return new OrganizationResponse { ResponseName = MessageName };
    }
}
