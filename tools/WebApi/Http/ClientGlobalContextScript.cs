using System;
using System.Globalization;
using System.Text.Json;

namespace DataverseFunnel.WebApi.Http;

/// <summary>
/// <c>/WebResources/ClientGlobalContext.js.aspx</c>: the script an HTML web resource includes to get
/// <c>GetGlobalContext()</c> (https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference/getglobalcontext-clientglobalcontext.js.aspx).
/// A documented subset only: <c>getClientUrl()</c>
/// (https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference/xrm-utility/getglobalcontext/getclienturl)
/// and <c>userSettings.languageId</c> / <c>userSettings.userId</c>
/// (https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference/xrm-utility/getglobalcontext/usersettings).
/// </summary>
internal static class ClientGlobalContextScript
{
    public const string Name = "ClientGlobalContext.js.aspx";

    /// <summary>The served org's one language: our solution's base language, English (1033).</summary>
    public const int LanguageId = 1033;

    public static ApiResponse Response(Uri baseAddress, Guid userId)
    {
        // The client URL is the org's root with no trailing slash, as the page shows (https://[org].crm.dynamics.com).
        var clientUrl = baseAddress.GetLeftPart(UriPartial.Authority);
        var script =
            "// funnel serve: the documented subset of the global context an HTML web resource gets from Dynamics 365.\n" +
            "(function () {\n" +
            "  \"use strict\";\n" +
            "  var context = Object.freeze({\n" +
            $"    getClientUrl: function () {{ return {JsonSerializer.Serialize(clientUrl)}; }},\n" +
            "    userSettings: Object.freeze({\n" +
            $"      languageId: {LanguageId.ToString(CultureInfo.InvariantCulture)},\n" +
            // The docs give the user id as a GUID string; Dynamics writes it in braces, upper case.
            $"      userId: {JsonSerializer.Serialize("{" + userId.ToString("D").ToUpperInvariant() + "}")}\n" +
            "    })\n" +
            "  });\n" +
            "  window.GetGlobalContext = function () { return context; };\n" +
            "})();\n";
        return ApiResponse.Text(200, script, "text/javascript; charset=utf-8");
    }
}
