using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>
/// WhoAmI (Microsoft.Crm.Sdk.Messages, so sent as a generic request): the calling user, its business unit and the
/// organization (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.whoamiresponse).
/// </summary>
internal sealed class WhoAmIHandler : IMessageHandler
{
    public string MessageName => "WhoAmI";

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var response = new OrganizationResponse { ResponseName = MessageName };
        response.Results["UserId"] = context.Origin.UserId;
        response.Results["BusinessUnitId"] = context.Core.Options.BusinessUnitId;
        response.Results["OrganizationId"] = context.Core.Options.OrganizationId;
        return response;
    }
}
