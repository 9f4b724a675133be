using System;
using System.Text.Json;

namespace DataverseFunnel.OrgClient
{
    /// <summary>
    /// The platform's error body <c>{"error":{"code":"0x8004…","message":"…"}}</c>.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#parse-errors-from-the-response
    /// </summary>
    internal readonly record struct DataverseError(string? Code, string? Message)
    {
        /// <summary>Reads the error from a response body; anything else gives the body's first line (short) as the message.</summary>
        public static DataverseError Parse(string? body)
        {
            if (string.IsNullOrWhiteSpace(body))
            {
                return default;
            }

            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("error", out var error)
                    && error.ValueKind == JsonValueKind.Object)
                {
                    return new DataverseError(Text(error, "code"), Text(error, "message"));
                }
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's HTML page): fall through to the raw text.
            }

            var line = body.Trim();
            var end = line.IndexOfAny(new[] { '\r', '\n' });
            line = end < 0 ? line : line[..end];
            return new DataverseError(null, line.Length > 200 ? line[..200] + "…" : line);
        }

        private static string? Text(JsonElement error, string name) =>
            error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
