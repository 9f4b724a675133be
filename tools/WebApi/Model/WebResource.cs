using System;

namespace DataverseFunnel.WebApi.Model;

/// <summary>A web resource of the imported solution, served at /WebResources/&lt;name&gt;.</summary>
internal sealed record WebResource(string Name, int Type, byte[] Content)
{
    /// <summary>
    /// The content type of each WebResourceType value
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/webresource#webresourcetype-choicesoptions).
    /// </summary>
    public string ContentType => Type switch
    {
        1 => "text/html; charset=utf-8",
        2 => "text/css; charset=utf-8",
        3 => "text/javascript; charset=utf-8",
        4 => "text/xml; charset=utf-8",
        5 => "image/png",
        6 => "image/jpeg",
        7 => "image/gif",
        8 => "application/x-silverlight-app",
        9 => "text/xsl; charset=utf-8",
        10 => "image/x-icon",
        11 => "image/svg+xml",
        12 => "application/xml; charset=utf-8",
        _ => "application/octet-stream",
    };
}
