using System;
using System.Linq;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using DataverseFunnel.InMemory;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.WebApi.Hosting;

namespace DataverseFunnel.WebApi.Tests.Support;

/// <summary>A server started in-process on a free port with our packed solution imported, and a client that holds its token.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    public const string Token = "test-token";

    private static readonly Lazy<byte[]> PackedZip = new(() => SolutionZip.ToBytes(SolutionPacker.Pack(Path.Combine(RepositoryRoot(), "Solution"), new PackOptions())));

    private TestServer(WebApiServer server)
    {
        Server = server;
        Client = new HttpClient { BaseAddress = server.ServiceRoot };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public static byte[] Zip => PackedZip.Value;

    public WebApiServer Server { get; }

    public HttpClient Client { get; }

    public InMemoryOrganization Org => Server.Host.Current.Org;

    /// <summary><paramref name="configure"/> registers extra parts on the org (e.g. a Custom API) before the server starts.</summary>
    public static async Task<TestServer> Start(bool empty = false, ThrottleSpec? throttle = null, long? maxBody = null, Action<InMemoryOrganization>? configure = null)
    {
        var organization = empty ? SolutionImporter.Empty(TimeProvider.System) : SolutionImporter.Import(Zip, TimeProvider.System);
        if (configure is not null)
        {
            configure(organization.Org);
            organization = organization.WithCurrentCustomApis();
        }

        var options = new ServerOptions { Port = 0, Token = Token, Throttle = throttle, MaxRequestBodyBytes = maxBody ?? 128L * 1024 * 1024 };
        return new TestServer(await WebApiServer.StartAsync(options, organization));
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public async Task<JsonElement> GetJson(string url)
    {
        using var response = await Client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Creates an account and returns its id (from OData-EntityId).</summary>
    public async Task<Guid> CreateAccount(string name)
    {
        using var response = await Client.PostAsync("accounts", Json($"{{\"name\":\"{name}\"}}"));
        Assert.Equal(204, (int)response.StatusCode);
        return IdOf(response);
    }

    /// <summary>Creates a journey for a new account (Prospect) and returns its id.</summary>
    public async Task<Guid> CreateJourney(string name)
    {
        var account = await CreateAccount(name + " Ltd");
        using var response = await Client.PostAsync("bowtie_journeys", Json(
            $"{{\"bowtie_name\":\"{name}\",\"bowtie_customerid_account@odata.bind\":\"/accounts({account})\",\"bowtie_motion\":269840000,\"bowtie_campaign\":\"Spring\"}}"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(204 == (int)response.StatusCode, text);
        return IdOf(response);
    }

    /// <summary>The <c>error</c> object of a Dataverse error body.</summary>
    public static async Task<JsonElement> Error(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").Clone();

    public static Guid IdOf(HttpResponseMessage response) => MixedLoad.IdOf(response);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DataverseFunnel.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("DataverseFunnel.sln not found above " + AppContext.BaseDirectory);
    }
}
