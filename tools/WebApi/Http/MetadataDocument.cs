using System.IO;
using System.Linq;
using System.Xml;
using DataverseFunnel.WebApi.Model;
using Microsoft.OData.Edm.Csdl;

namespace DataverseFunnel.WebApi.Http;

/// <summary>
/// The service document (entity sets) and <c>$metadata</c>: the CSDL of the org's tables, written by ODataLib from the
/// same EDM model the query parser uses (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-service-documents).
/// </summary>
internal static class MetadataDocument
{
    public static ApiResponse ServiceDocument(WebApiModel model, string serviceRoot) => ApiResponse.Json(200, json =>
    {
        json.WriteString("@odata.context", serviceRoot + "$metadata");
        json.WriteStartArray("value");
        foreach (var table in model.Tables.OrderBy(t => t.EntitySetName, System.StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("name", table.EntitySetName);
            json.WriteString("kind", "EntitySet");
            json.WriteString("url", table.EntitySetName);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    public static ApiResponse Csdl(WebApiModel model)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true }))
        {
            if (!CsdlWriter.TryWriteCsdl(model.Edm, xml, CsdlTarget.OData, out var errors))
            {
                throw new WebApiException(500, InMemory.Pipeline.ErrorCodes.UnexpectedError, "The metadata document could not be written: " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
            }
        }

        return new ApiResponse(200, buffer.ToArray(), "application/xml");
    }
}
