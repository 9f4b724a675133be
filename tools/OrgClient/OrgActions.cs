using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace DataverseFunnel.OrgClient
{
    /// <summary>The platform's actions and functions the verbs call, with their documented request and response shapes.</summary>
    public static class OrgActions
    {
        /// <summary>
        /// <c>GET WhoAmI</c> → UserId, BusinessUnitId, OrganizationId.
        /// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/whoami
        /// </summary>
        public static async Task<(Guid UserId, Guid BusinessUnitId, Guid OrganizationId)> WhoAmIAsync(this WebApiClient client, CancellationToken cancellationToken = default)
        {
            using var response = await client.GetAsync("WhoAmI", cancellationToken).ConfigureAwait(false);
            var root = Body(client, response, "WhoAmI");
            return (GuidOf(root, "UserId"), GuidOf(root, "BusinessUnitId"), GuidOf(root, "OrganizationId"));
        }

        /// <summary>
        /// <c>POST ImportSolutionAsync</c> with the zip in base64.
        /// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/importsolutionasync
        /// </summary>
        public static async Task<SolutionImport> ImportSolutionAsync(this WebApiClient client, byte[] zip, bool overwrite, CancellationToken cancellationToken = default)
        {
            var body = new
            {
                OverwriteUnmanagedCustomizations = overwrite,
                PublishWorkflows = true,
                CustomizationFile = Convert.ToBase64String(zip),
            };
            using var response = await client.PostAsync("ImportSolutionAsync", body, cancellationToken).ConfigureAwait(false);
            var root = Body(client, response, "ImportSolutionAsync");
            return new SolutionImport(GuidOf(root, "AsyncOperationId"), root.TryGetProperty("ImportJobKey", out var key) ? key.GetString() ?? string.Empty : string.Empty);
        }

        /// <summary>
        /// <c>POST PublishAllXml</c>, no body, 204.
        /// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/publishallxml
        /// </summary>
        public static async Task PublishAllXmlAsync(this WebApiClient client, CancellationToken cancellationToken = default)
        {
            using var response = await client.PostAsync("PublishAllXml", null, cancellationToken).ConfigureAwait(false);
        }

        /// <summary><c>GET asyncoperations(id)</c>: its state, status and messages.</summary>
        public static async Task<AsyncOperationState> GetAsyncOperationAsync(this WebApiClient client, Guid id, CancellationToken cancellationToken = default)
        {
            using var response = await client.GetAsync($"asyncoperations({id:D})?$select=statecode,statuscode,message,friendlymessage", cancellationToken).ConfigureAwait(false);
            var root = Body(client, response, "asyncoperations");
            return new AsyncOperationState(IntOf(root, "statecode"), IntOf(root, "statuscode"), TextOf(root, "message"), TextOf(root, "friendlymessage"));
        }

        /// <summary><c>GET importjobs(id)</c>: progress and the XML log.</summary>
        public static async Task<ImportJobState> GetImportJobAsync(this WebApiClient client, Guid id, CancellationToken cancellationToken = default)
        {
            using var response = await client.GetAsync($"importjobs({id:D})?$select=progress,data,solutionname", cancellationToken).ConfigureAwait(false);
            var root = Body(client, response, "importjobs");
            var progress = root.TryGetProperty("progress", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : 0d;
            return new ImportJobState(progress, TextOf(root, "data"), TextOf(root, "solutionname"));
        }

        private static JsonElement Body(WebApiClient client, OrgResponse response, string what) =>
            response.Body?.RootElement ?? throw new OrgRequestException($"{client.Endpoint.Name}: {what} answered without a body", response.Status, null);

        private static Guid GuidOf(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var id)
                ? id
                : throw new FormatException($"The answer has no {name}.");

        private static int IntOf(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : -1;

        private static string? TextOf(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    }
}
