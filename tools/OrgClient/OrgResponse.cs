using System.Net;
using System.Text.Json;

namespace DataverseFunnel.OrgClient
{
    /// <summary>A successful response, read whole: status, the <c>OData-EntityId</c> header, and the JSON body if any.</summary>
    public sealed class OrgResponse : System.IDisposable
    {
        internal OrgResponse(HttpStatusCode status, string? entityId, JsonDocument? body)
        {
            Status = status;
            EntityId = entityId;
            Body = body;
        }

        public HttpStatusCode Status { get; }

        /// <summary>The created or updated record's URL (204 responses), or null.</summary>
        public string? EntityId { get; }

        /// <summary>The body; null for 204 No Content.</summary>
        public JsonDocument? Body { get; }

        public void Dispose() => Body?.Dispose();
    }
}
