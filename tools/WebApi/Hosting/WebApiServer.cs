using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DataverseFunnel.WebApi.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataverseFunnel.WebApi.Hosting;

/// <summary>
/// The HTTP server: Kestrel on 127.0.0.1 only, bearer-token or session-cookie auth, optional throttle, the Web API at
/// <c>/api/data/v9.2/</c>, <c>/signin</c>, <c>/WebResources/&lt;name&gt;</c> and <c>/WebResources/ClientGlobalContext.js.aspx</c>. Start with <see cref="StartAsync"/>.
/// </summary>
internal sealed class WebApiServer : IAsyncDisposable
{
    public const string ApiPath = "/api/data/v9.2/";
    public const string SessionCookie = "DataverseFunnelSession";

    private readonly WebApplication _app;
    private readonly ServerOptions _options;
    private readonly OrganizationHost _host;
    private readonly Throttle? _throttle;
    private readonly string _session = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
    private ApiDispatcher _dispatcher = null!;

    private WebApiServer(WebApplication app, ServerOptions options, OrganizationHost host)
    {
        _app = app;
        _options = options;
        _host = host;
        _throttle = options.Throttle is null ? null : new Throttle(options.Throttle, options.Clock);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public Uri ServiceRoot => new(BaseAddress, ApiPath);

    public OrganizationHost Host => _host;

    /// <summary>Builds and starts the server; throws <see cref="IOException"/> when the port is taken.</summary>
    public static async Task<WebApiServer> StartAsync(ServerOptions options, ServedOrganization organization, CancellationToken cancel = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<Microsoft.Extensions.Hosting.ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        var app = builder.Build();
        var server = new WebApiServer(app, options, new OrganizationHost(organization, options.Clock));
        app.Run(server.HandleAsync);
        await app.StartAsync(cancel).ConfigureAwait(false);
        var address = app.Services.GetRequiredServiceFeature().Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        server._dispatcher = new ApiDispatcher(server._host, server.ServiceRoot.ToString());
        return server;
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C, SIGTERM) — the console lifetime's signals.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancel = default) => HostingAbstractionsHostExtensions.WaitForShutdownAsync(_app, cancel);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == "/signin")
        {
            SignIn(context);
            return;
        }

        if (!Authenticated(context.Request))
        {
            context.Response.Headers.WWWAuthenticate = $"Bearer authorization_uri={BaseAddress}signin, resource_id={BaseAddress}";
            await Write(context, ApiResponse.Error(new WebApiException(401, 0, "The request has no valid Authorization: Bearer token or session cookie."))).ConfigureAwait(false);
            return;
        }

        WebApiException? refusal = null;
        var retryAfter = 0;
        using var lease = _throttle?.TryEnter(out refusal, out retryAfter);
        if (refusal is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Write(context, ApiResponse.Error(refusal)).ConfigureAwait(false);
            return;
        }

        if (path.StartsWith("/WebResources/", StringComparison.OrdinalIgnoreCase))
        {
            var name = Uri.UnescapeDataString(path.Substring("/WebResources/".Length));
            if (string.Equals(name, ClientGlobalContextScript.Name, StringComparison.OrdinalIgnoreCase))
            {
                var who = _host.Current.Org.CreateService().Execute(new Microsoft.Xrm.Sdk.OrganizationRequest("WhoAmI")).Results;
                await Write(context, ClientGlobalContextScript.Response(BaseAddress, (Guid)who["UserId"]!)).ConfigureAwait(false);
                return;
            }

            await Write(context, _host.Current.Model.Surface.WebResources.TryGetValue(name, out var resource)
                ? new ApiResponse(200, resource.Content, resource.ContentType)
                : ApiResponse.Error(WebApiException.NotFoundSegment(name))).ConfigureAwait(false);
            return;
        }

        if (!path.StartsWith(ApiPath, StringComparison.Ordinal) && path + "/" != ApiPath)
        {
            await Write(context, ApiResponse.Error(WebApiException.NotFoundSegment(path))).ConfigureAwait(false);
            return;
        }

        byte[] body;
        try
        {
            body = await ReadBody(context.Request).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await Write(context, ApiResponse.Error(TooLarge())).ConfigureAwait(false);
            return;
        }

        var request = new ApiRequest(context.Request.Method, path.Length >= ApiPath.Length ? path.Substring(ApiPath.Length) : string.Empty,
            Query(context.Request), Headers(context.Request), body);
        var response = request.Path == "$batch" ? BatchEndpoint.Run(request, _dispatcher, _host) : _dispatcher.Dispatch(request);
        await Write(context, response).ConfigureAwait(false);
    }

    private WebApiException TooLarge() => new(413, 0, $"The request body is larger than the limit of {_options.MaxRequestBodyBytes} bytes.");

    private async Task<byte[]> ReadBody(HttpRequest request)
    {
        if (request.ContentLength > _options.MaxRequestBodyBytes) throw new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge);
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static Dictionary<string, string> Query(HttpRequest request)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in request.Query) query[pair.Key] = pair.Value.ToString();
        return query;
    }

    private static Dictionary<string, string> Headers(HttpRequest request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in request.Headers) headers[pair.Key] = pair.Value.ToString();
        return headers;
    }

    private bool Authenticated(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && SameText(header.Substring(7).Trim(), _options.Token)) return true;
        return request.Cookies.TryGetValue(SessionCookie, out var session) && SameText(session, _session);
    }

    private static bool SameText(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    /// <summary>
    /// <c>/signin?token=T&amp;redirect=/path</c>: a browser's way in, as a Dynamics session cookie is. The cookie is HttpOnly
    /// and SameSite=Strict; the redirect must be a local path, so the link cannot send the browser elsewhere.
    /// </summary>
    private void SignIn(HttpContext context)
    {
        var token = context.Request.Query["token"].ToString();
        if (!SameText(token, _options.Token))
        {
            context.Response.StatusCode = 401;
            return;
        }

        var redirect = context.Request.Query["redirect"].ToString();
        if (!IsLocalPath(redirect)) redirect = ApiPath;
        context.Response.Cookies.Append(SessionCookie, _session, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", Secure = false });
        context.Response.Redirect(redirect);
    }

    /// <summary>A path on this server: starts with one '/', no scheme, no '//' or '/\' (which browsers treat as another host).</summary>
    internal static bool IsLocalPath(string path) =>
        path.Length > 0 && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\')) && !path.Contains("://", StringComparison.Ordinal)
        && path.All(c => c >= 0x20 && c != 0x7f);

    private static async Task Write(HttpContext context, ApiResponse response)
    {
        using (response)
        {
            context.Response.StatusCode = response.Status;
            context.Response.Headers["OData-Version"] = "4.0";
            foreach (var (name, value) in response.Headers) context.Response.Headers[name] = value;
            if (response.ContentType is not null) context.Response.ContentType = response.ContentType;
            // The body is complete before it is written: a Content-Length (not chunks) lets the client size its buffer once.
            context.Response.ContentLength = response.Body.Length;
            if (response.Body.Length > 0) await context.Response.Body.WriteAsync(response.Body).ConfigureAwait(false);
        }
    }
}

internal static class ServerFeatures
{
    public static IServerAddressesFeature GetRequiredServiceFeature(this IServiceProvider services) =>
        ((Microsoft.AspNetCore.Hosting.Server.IServer)services.GetService(typeof(Microsoft.AspNetCore.Hosting.Server.IServer))!).Features.Get<IServerAddressesFeature>()!;
}
