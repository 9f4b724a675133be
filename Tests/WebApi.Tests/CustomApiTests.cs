using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using System.Xml.Linq;
using DataverseFunnel.InMemory;
using DataverseFunnel.InMemory.CustomApis;
using DataverseFunnel.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.WebApi.Tests;

/// <summary>Custom APIs through HTTP: unbound action and function, a bound action, refusals, and $metadata.</summary>
public sealed class CustomApiTests
{
    private static void Register(InMemoryOrganization org)
    {
        org.RegisterCustomApi<SumPlugin>(new CustomApiBuilder("test_Sum")
            .Request("A", CustomApiFieldType.Integer)
            .Request("B", CustomApiFieldType.Integer, isOptional: true)
            .Request("Of", CustomApiFieldType.EntityReference, isOptional: true)
            .Response("Total", CustomApiFieldType.Integer)
            .Response("OfTable", CustomApiFieldType.String)
            .Build());
        org.RegisterCustomApi<EchoPlugin>(new CustomApiBuilder("test_Echo").Function()
            .Request("Text", CustomApiFieldType.String)
            .Request("Times", CustomApiFieldType.Integer, isOptional: true)
            .Response("Echoed", CustomApiFieldType.String)
            .Response("Words", CustomApiFieldType.StringArray)
            .Build());
        org.RegisterCustomApi<RenamePlugin>(new CustomApiBuilder("test_Rename").BoundTo("account")
            .Request("Name", CustomApiFieldType.String)
            .Response("Account", CustomApiFieldType.EntityReference, "account")
            .Build());
    }

    [Fact]
    public async Task Unbound_action_takes_a_JSON_body_and_answers_its_response_properties()
    {
        await using var server = await TestServer.Start(empty: true, configure: Register);

        var result = await Post(server, "test_Sum", "{\"A\":2,\"B\":40}");
        var withRecord = await Post(server, "test_Sum", $"{{\"A\":1,\"Of\":{{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"accountid\":\"{Guid.NewGuid()}\"}}}}");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(42, result.Json.GetProperty("Total").GetInt32());
        Assert.False(result.Json.TryGetProperty("OfTable", out _));
        Assert.Equal("account", withRecord.Json.GetProperty("OfTable").GetString());
        Assert.EndsWith("$metadata#Microsoft.Dynamics.CRM.test_SumResponse", result.Json.GetProperty("@odata.context").GetString());
    }

    [Fact]
    public async Task Unbound_function_takes_parameters_in_the_url_with_aliases_and_literals()
    {
        await using var server = await TestServer.Start(empty: true, configure: Register);

        var aliased = await server.GetJson("test_Echo(Text=@t,Times=2)?@t='it''s'");
        var inline = await server.GetJson("test_Echo(Text='one two')");

        Assert.Equal("it'sit's", aliased.GetProperty("Echoed").GetString());
        Assert.Equal(new[] { "one", "two" }, inline.GetProperty("Words").EnumerateArray().Select(w => w.GetString()).ToArray());
    }

    [Fact]
    public async Task Bound_action_runs_on_the_record_in_the_url()
    {
        await using var server = await TestServer.Start(empty: true, configure: Register);
        var id = await server.CreateAccount("Contoso");

        var result = await Post(server, $"accounts({id})/Microsoft.Dynamics.CRM.test_Rename", "{\"Name\":\"Fabrikam\"}");
        var account = await server.GetJson($"accounts({id})?$select=name");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(id, result.Json.GetProperty("Account").GetProperty("accountid").GetGuid());
        Assert.Equal("#Microsoft.Dynamics.CRM.account", result.Json.GetProperty("Account").GetProperty("@odata.type").GetString());
        Assert.Equal("Fabrikam", account.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_refusing_plugin_is_400_with_its_message_and_nothing_is_written()
    {
        await using var server = await TestServer.Start(empty: true, configure: Register);
        var id = await server.CreateAccount("Contoso");

        var result = await Post(server, $"accounts({id})/Microsoft.Dynamics.CRM.test_Rename", "{\"Name\":\"\"}");
        var account = await server.GetJson($"accounts({id})?$select=name");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("0x80040265", result.Json.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("A customer needs a name.", result.Json.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal("Contoso", account.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Missing_unknown_and_mistyped_parameters_are_400_and_a_wrong_method_is_405()
    {
        await using var server = await TestServer.Start(empty: true, configure: Register);

        var missing = await Post(server, "test_Sum", "{\"B\":1}");
        var unknown = await Post(server, "test_Sum", "{\"A\":1,\"C\":2}");
        var mistyped = await Post(server, "test_Sum", "{\"A\":\"one\"}");
        using var get = await server.Client.GetAsync("test_Sum");

        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal("0x80040203", missing.Json.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("'A'", missing.Json.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Contains("'C' is not a parameter of test_Sum", unknown.Json.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, mistyped.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }

    [Fact]
    public async Task Metadata_lists_actions_functions_and_their_response_complex_types()
    {
        await using var server = await TestServer.Start(empty: true, configure: Register);
        using var response = await server.Client.GetAsync("$metadata");
        var csdl = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace edm = "http://docs.oasis-open.org/odata/ns/edm";

        var sum = csdl.Descendants(edm + "Action").Single(a => (string?)a.Attribute("Name") == "test_Sum");
        var echo = csdl.Descendants(edm + "Function").Single(a => (string?)a.Attribute("Name") == "test_Echo");
        var rename = csdl.Descendants(edm + "Action").Single(a => (string?)a.Attribute("Name") == "test_Rename");

        Assert.Contains(csdl.Descendants(edm + "EntityType"), t => (string?)t.Attribute("Name") == "crmbaseentity" && (string?)t.Attribute("Abstract") == "true");
        Assert.Equal("Microsoft.Dynamics.CRM.crmbaseentity", (string?)sum.Elements(edm + "Parameter").Single(p => (string?)p.Attribute("Name") == "Of").Attribute("Type"));
        Assert.Equal(new[] { "A", "B", "Of" }, sum.Elements(edm + "Parameter").Select(p => (string?)p.Attribute("Name")).ToArray());
        Assert.Equal("Microsoft.Dynamics.CRM.test_SumResponse", (string?)sum.Element(edm + "ReturnType")!.Attribute("Type"));
        Assert.Contains(csdl.Descendants(edm + "ComplexType"), c => (string?)c.Attribute("Name") == "test_EchoResponse"
            && c.Elements(edm + "Property").Any(p => (string?)p.Attribute("Name") == "Words" && (string?)p.Attribute("Type") == "Collection(Edm.String)"));
        Assert.Contains(csdl.Descendants(edm + "ActionImport"), i => (string?)i.Attribute("Name") == "test_Sum");
        Assert.Contains(csdl.Descendants(edm + "FunctionImport"), i => (string?)i.Attribute("Name") == "test_Echo");
        Assert.Equal("true", (string?)rename.Attribute("IsBound"));
        Assert.Equal("Microsoft.Dynamics.CRM.account", (string?)rename.Elements(edm + "Parameter").First().Attribute("Type"));
        Assert.Equal("false", (string?)echo.Elements(edm + "Parameter").Single(p => (string?)p.Attribute("Name") == "Text").Attribute("Nullable"));
        Assert.Null(echo.Elements(edm + "Parameter").Single(p => (string?)p.Attribute("Name") == "Times").Attribute("Nullable"));
    }

    private static async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Json)> Post(TestServer server, string url, string body)
    {
        using var response = await server.Client.PostAsync(url, TestServer.Json(body));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : System.Text.Json.JsonDocument.Parse(text).RootElement.Clone());
    }

    private static IPluginExecutionContext Context(IServiceProvider provider) => (IPluginExecutionContext)provider.GetService(typeof(IPluginExecutionContext))!;

    public sealed class SumPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = Context(serviceProvider);
            var b = context.InputParameters.TryGetValue("B", out var value) ? (int)value : 0;
            context.OutputParameters["Total"] = (int)context.InputParameters["A"] + b;
            if (context.InputParameters.TryGetValue("Of", out var of)) context.OutputParameters["OfTable"] = ((EntityReference)of).LogicalName;
        }
    }

    public sealed class EchoPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = Context(serviceProvider);
            var text = (string)context.InputParameters["Text"];
            var times = context.InputParameters.TryGetValue("Times", out var value) ? (int)value : 1;
            context.OutputParameters["Echoed"] = string.Concat(Enumerable.Repeat(text, times));
            context.OutputParameters["Words"] = text.Split(' ');
        }
    }

    /// <summary>Renames the bound account; an empty name is refused after the update, so the refusal must roll it back.</summary>
    public sealed class RenamePlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = Context(serviceProvider);
            var target = (EntityReference)context.InputParameters["Target"];
            var name = (string)context.InputParameters["Name"];
            var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(context.UserId);
            service.Update(new Entity("account", target.Id) { ["name"] = name });
            if (name.Length == 0) throw new InvalidPluginExecutionException("A customer needs a name.");
            context.OutputParameters["Account"] = target;
        }
    }
}

/// <summary>Custom APIs that arrive in a solution zip, through the one import path.</summary>
public sealed class ImportedCustomApiTests
{
    [Fact]
    public async Task The_exported_IsSystemAdmin_function_is_a_bound_GET_on_the_user()
    {
        var exported = System.IO.Path.Combine(TestServer.RepositoryRoot(), "Tests", "Fixtures", "RealExports", "ms-issystemadmin-customapi", "extracted");
        await using var server = await TestServer.Start(empty: true, configure: org => org.RegisterCustomApis(
            DataverseFunnel.InMemory.Solutions.CustomApiReader.FromFolder(exported), typeof(ImportedCustomApiTests).Assembly,
            new System.Collections.Generic.Dictionary<string, Type> { ["PowerApps.Samples.IsSystemAdmin"] = typeof(SystemUserIsAdmin) }));

        var system = await server.GetJson($"systemusers({server.Org.SystemUserId})/Microsoft.Dynamics.CRM.sample_IsSystemAdmin()");
        var user = await server.GetJson($"systemusers({server.Org.DefaultUserId})/Microsoft.Dynamics.CRM.sample_IsSystemAdmin");
        using var post = await server.Client.PostAsync($"systemusers({server.Org.DefaultUserId})/Microsoft.Dynamics.CRM.sample_IsSystemAdmin", TestServer.Json("{}"));

        Assert.True(system.GetProperty("HasRole").GetBoolean());
        Assert.False(user.GetProperty("HasRole").GetBoolean());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    /// <summary>Stands in for the sample's plugin (its DLL is not vendored): only the org's SYSTEM user counts as administrator.</summary>
    public sealed class SystemUserIsAdmin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(context.UserId);
            var user = service.Retrieve("systemuser", context.PrimaryEntityId, new Microsoft.Xrm.Sdk.Query.ColumnSet("fullname"));
            context.OutputParameters["HasRole"] = user.GetAttributeValue<string>("fullname") == "SYSTEM";
        }
    }

    private static byte[] ZipWith(string path, string xml) => ZipEdit.Customize(TestServer.Zip, (_, archive) =>
    {
        using var writer = new System.IO.StreamWriter(archive.CreateEntry(path).Open());
        writer.Write(xml);
    });

    [Fact]
    public async Task A_zip_custom_api_is_served_and_listed_after_ImportSolution()
    {
        await using var server = await TestServer.Start(empty: true);
        var zip = ZipWith("customapis/test_Ping/customapi.xml",
            "<customapi uniquename=\"test_Ping\"><allowedcustomprocessingsteptype>2</allowedcustomprocessingsteptype><bindingtype>0</bindingtype><isfunction>0</isfunction></customapi>");

        using var import = await server.Client.PostAsync("ImportSolution", TestServer.Json($"{{\"CustomizationFile\":\"{Convert.ToBase64String(zip)}\"}}"));
        using var ping = await server.Client.PostAsync("test_Ping", TestServer.Json("{}"));
        using var unknown = await server.Client.PostAsync("test_Ping", TestServer.Json("{\"Note\":\"x\"}"));
        var csdl = await server.Client.GetStringAsync("$metadata");

        Assert.Equal(HttpStatusCode.NoContent, import.StatusCode);
        // Our packed zip (the base of ZipWith) carries its own Custom API, bowtie_GetBowtieMetrics, beside test_Ping.
        Assert.Equal(new[] { "bowtie_GetBowtieMetrics", "test_Ping" }, server.Org.CustomApis.Select(a => a.UniqueName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NoContent, ping.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("<Action Name=\"test_Ping\"", csdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_custom_api_whose_plugin_type_is_not_declared_is_refused_in_one_line()
    {
        await using var server = await TestServer.Start(empty: true);
        var exported = System.IO.Path.Combine(TestServer.RepositoryRoot(), "Tests", "Fixtures", "RealExports", "ms-issystemadmin-customapi", "extracted", "customapis", "sample_IsSystemAdmin", "customapi.xml");
        var zip = ZipWith("customapis/sample_IsSystemAdmin/customapi.xml", System.IO.File.ReadAllText(exported));

        using var import = await server.Client.PostAsync("ImportSolution", TestServer.Json($"{{\"CustomizationFile\":\"{Convert.ToBase64String(zip)}\"}}"));
        var error = await TestServer.Error(import);

        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        Assert.Contains("not a solution zip: Custom API 'sample_IsSystemAdmin' names plugin type c8f654a5-0715-47a7-b677-c8185147e304", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(server.Org.CustomApis);
    }
}
