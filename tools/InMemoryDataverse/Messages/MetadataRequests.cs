using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Metadata;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>The parameters the metadata messages share, read with the platform's rules and clear faults.</summary>
internal static class MetadataRequests
{
    private const EntityFilters AllFilters = EntityFilters.All;

    /// <summary>EntityFilters is Required (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieveentityrequest).</summary>
    public static EntityFilters Filters(OrganizationRequest request)
    {
        if (!request.Parameters.TryGetValue("EntityFilters", out var value) || value is not EntityFilters filters)
        {
            throw Faults.Invalid($"The {request.RequestName} request needs an 'EntityFilters' parameter of type EntityFilters (Entity, Attributes, Privileges, Relationships or All).");
        }

        if ((filters & ~AllFilters) != 0)
        {
            throw Faults.Invalid($"EntityFilters value {(int)filters} is not a combination of Entity, Attributes, Privileges and Relationships.");
        }

        return filters;
    }
}
