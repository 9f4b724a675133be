using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using DataverseFunnel.WebApi.Tests.Support;

namespace DataverseFunnel.WebApi.Tests;

public sealed class ActionTests
{
    [Fact]
    public async Task WhoAmI_answers_the_calling_user_business_unit_and_organization()
    {
        await using var server = await TestServer.Start(empty: true);
        var who = await server.GetJson("WhoAmI");
        Assert.Equal(server.Org.DefaultUserId, who.GetProperty("UserId").GetGuid());
        Assert.Equal(server.Org.Options.BusinessUnitId, who.GetProperty("BusinessUnitId").GetGuid());
        Assert.Equal(server.Org.Options.OrganizationId, who.GetProperty("OrganizationId").GetGuid());
    }

    [Fact]
    public async Task Metadata_is_csdl_with_our_tables_and_their_entity_sets()
    {
        await using var server = await TestServer.Start();
        using var response = await server.Client.GetAsync("$metadata");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csdl = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace edm = "http://docs.oasis-open.org/odata/ns/edm";
        var journey = csdl.Descendants(edm + "EntityType").Single(e => (string?)e.Attribute("Name") == "bowtie_journey");
        Assert.Equal("bowtie_journeyid", journey.Element(edm + "Key")!.Element(edm + "PropertyRef")!.Attribute("Name")!.Value);
        Assert.Contains(journey.Elements(edm + "Property"), p => (string?)p.Attribute("Name") == "_bowtie_customerid_value");
        Assert.Contains(csdl.Descendants(edm + "EntitySet"), s => (string?)s.Attribute("Name") == "bowtie_journeys" && (string?)s.Attribute("EntityType") == "Microsoft.Dynamics.CRM.bowtie_journey");
    }

    [Fact]
    public async Task PublishAllXml_succeeds_with_204()
    {
        await using var server = await TestServer.Start(empty: true);
        using var response = await server.Client.PostAsync("PublishAllXml", null);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task CreateMultiple_and_UpdateMultiple_write_every_target_or_none()
    {
        await using var server = await TestServer.Start(empty: true);
        using var created = await server.Client.PostAsync("accounts/Microsoft.Dynamics.CRM.CreateMultiple", TestServer.Json(
            "{\"Targets\":[{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"name\":\"M1\"},{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"name\":\"M2\"}]}"));
        var text = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.OK, text);
        var ids = JsonDocument.Parse(text).RootElement.GetProperty("Ids").EnumerateArray().Select(i => i.GetGuid()).ToArray();
        Assert.Equal(2, ids.Length);
        Assert.Equal("M2", server.Org.Peek("account", ids[1])!["name"]);

        using var updated = await server.Client.PostAsync("accounts/Microsoft.Dynamics.CRM.UpdateMultiple", TestServer.Json(
            $"{{\"Targets\":[{{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"accountid\":\"{ids[0]}\",\"name\":\"U1\"}},{{\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"accountid\":\"{ids[1]}\",\"name\":\"U2\"}}]}}"));
        Assert.Equal(HttpStatusCode.NoContent, updated.StatusCode);
        Assert.Equal("U1", server.Org.Peek("account", ids[0])!["name"]);

        using var missingType = await server.Client.PostAsync("accounts/Microsoft.Dynamics.CRM.CreateMultiple", TestServer.Json("{\"Targets\":[{\"name\":\"M3\"}]}"));
        Assert.Equal(HttpStatusCode.BadRequest, missingType.StatusCode);
        Assert.Equal(2, server.Org.Count("account"));
    }

    [Fact]
    public async Task ImportSolution_into_an_empty_org_adds_our_tables_and_steps_and_keeps_existing_rows()
    {
        await using var server = await TestServer.Start(empty: true);
        var account = await server.CreateAccount("Before import");
        using var response = await server.Client.PostAsync("ImportSolution", TestServer.Json(
            $"{{\"CustomizationFile\":\"{Convert.ToBase64String(TestServer.Zip)}\",\"OverwriteUnmanagedCustomizations\":false,\"PublishWorkflows\":true,\"ImportJobId\":\"{Guid.NewGuid()}\"}}"));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(20, server.Org.Steps.Count);
        Assert.NotNull(server.Org.Peek("account", account));
        var journey = await server.CreateJourney("After import");
        Assert.NotNull(server.Org.Peek("bowtie_journey", journey));
    }

    [Fact]
    public async Task ImportSolution_with_a_bad_file_is_400_and_changes_nothing()
    {
        await using var server = await TestServer.Start(empty: true);
        using var response = await server.Client.PostAsync("ImportSolution", TestServer.Json($"{{\"CustomizationFile\":\"{Convert.ToBase64String(new byte[] { 1, 2, 3 })}\"}}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a solution zip", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(server.Org.Steps);
    }

    [Fact]
    public async Task ImportSolutionAsync_moves_the_async_operation_to_succeeded_and_fills_the_import_job()
    {
        await using var server = await TestServer.Start(empty: true);
        using var response = await server.Client.PostAsync("ImportSolutionAsync", TestServer.Json($"{{\"CustomizationFile\":\"{Convert.ToBase64String(TestServer.Zip)}\",\"OverwriteUnmanagedCustomizations\":false,\"PublishWorkflows\":true}}"));
        var started = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var operation = started.GetProperty("AsyncOperationId").GetGuid();
        var job = Guid.Parse(started.GetProperty("ImportJobKey").GetString()!);
        var states = new System.Collections.Generic.List<(int, int)>();
        JsonElement record;
        do
        {
            record = await server.GetJson($"asyncoperations({operation})?$select=statecode,statuscode,message,friendlymessage");
            states.Add((record.GetProperty("statecode").GetInt32(), record.GetProperty("statuscode").GetInt32()));
            await Task.Delay(20);
        }
        while (record.GetProperty("statecode").GetInt32() != 3);

        Assert.Equal((3, 30), states[^1]);
        Assert.All(states, s => Assert.Contains(s, new[] { (0, 0), (2, 20), (3, 30) }));
        var importJob = await server.GetJson($"importjobs({job})?$select=data,progress,solutionname");
        Assert.Equal(100, importJob.GetProperty("progress").GetDouble());
        Assert.Equal("DataverseFunnel", importJob.GetProperty("solutionname").GetString());
        Assert.Equal(20, server.Org.Steps.Count);
    }

    [Fact]
    public async Task A_web_resource_of_the_imported_solution_is_served_with_its_content_type()
    {
        var zip = WithWebResource(TestServer.Zip, "bowtie_/poster.html", "WebResources/bowtie_/poster.html", 1, "<html><body>poster</body></html>");
        await using var server = await TestServer.Start(empty: true);
        using (var import = await server.Client.PostAsync("ImportSolution", TestServer.Json($"{{\"CustomizationFile\":\"{Convert.ToBase64String(zip)}\"}}")))
        {
            Assert.Equal(HttpStatusCode.NoContent, import.StatusCode);
        }

        using var response = await server.Client.GetAsync(new Uri(server.Server.BaseAddress, "WebResources/bowtie_/poster.html"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("<html><body>poster</body></html>", await response.Content.ReadAsStringAsync());
        using var missing = await server.Client.GetAsync(new Uri(server.Server.BaseAddress, "WebResources/nope.js"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static byte[] WithWebResource(byte[] zip, string name, string file, int type, string content) =>
        ZipEdit.Customize(zip, (customizations, archive) =>
        {
            var resources = customizations.Root!.Element("WebResources") ?? new XElement("WebResources");
            if (resources.Parent is null) customizations.Root.Add(resources);
            resources.Add(new XElement("WebResource", new XElement("Name", name), new XElement("FileName", "/" + file), new XElement("WebResourceType", type)));
            using var writer = new StreamWriter(archive.CreateEntry(file).Open());
            writer.Write(content);
        });
}
