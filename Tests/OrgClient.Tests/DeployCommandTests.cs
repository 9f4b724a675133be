using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using DataverseFunnel.Cli.Commands;
using DataverseFunnel.OrgClient.Tests.TestSupport;

namespace DataverseFunnel.OrgClient.Tests
{
    public sealed class DeployCommandTests : IDisposable
    {
        private static readonly Guid Operation = Guid.Parse("0a000000-0000-0000-0000-000000000001");
        private static readonly Guid Job = Guid.Parse("0b000000-0000-0000-0000-000000000002");
        private static readonly Guid Assembly = Guid.Parse("0c000000-0000-0000-0000-000000000003");
        private static readonly Guid StepA = Guid.Parse("0d000000-0000-0000-0000-00000000000a");
        private static readonly Guid StepB = Guid.Parse("0d000000-0000-0000-0000-00000000000b");
        private static readonly Guid Flow = Guid.Parse("0e000000-0000-0000-0000-000000000004");
        private readonly string directory = Directory.CreateTempSubdirectory("orgclient-deploy-").FullName;

        public void Dispose() => Directory.Delete(directory, recursive: true);

        [Fact]
        public void Imports_polls_with_progress_publishes_and_verifies()
        {
            var org = new ScriptedOrg();
            var (exit, output, error) = Deploy(org, "--overwrite");

            Assert.True(exit == 0, output + error);
            var requests = org.Handler.Ordered;
            var import = requests[0];
            Assert.Equal(Org.Api("ImportSolutionAsync"), import.Uri);
            using (var body = JsonDocument.Parse(import.Body!))
            {
                Assert.Equal(Convert.ToBase64String(File.ReadAllBytes(ZipPath())), body.RootElement.GetProperty("CustomizationFile").GetString());
                Assert.True(body.RootElement.GetProperty("OverwriteUnmanagedCustomizations").GetBoolean());
            }

            var progress = output.Split('\n').Where(l => l.Contains('%', StringComparison.Ordinal)).ToList();
            Assert.Equal(3, progress.Count);
            Assert.Contains("  0.0% in progress", progress[0], StringComparison.Ordinal);
            Assert.Contains(" 50.0% in progress", progress[1], StringComparison.Ordinal);
            Assert.Contains("100.0% succeeded", progress[2], StringComparison.Ordinal);
            Assert.Contains(requests, r => r.Uri == Org.Api("PublishAllXml") && r.Method == HttpMethod.Post);
            Assert.True(requests.ToList().FindIndex(r => r.Uri == Org.Api("PublishAllXml")) < requests.ToList().FindIndex(r => r.Uri.AbsolutePath.Contains("sdkmessageprocessingsteps", StringComparison.Ordinal)),
                "verified before publishing");
            Assert.Contains(requests, r => r.Uri == Org.Api($"sdkmessageprocessingsteps({StepA})?$select=name,statecode"));
            Assert.Contains(requests, r => r.Uri == Org.Api($"sdkmessageprocessingsteps({StepB})?$select=name,statecode"));
            Assert.Contains(requests, r => r.Uri == Org.Api($"workflows({Flow})?$select=name,statecode"));
            Assert.Contains(requests, r => r.Uri == Org.Api($"pluginassemblies({Assembly})?$select=name"));
            Assert.Contains(requests, r => r.Uri == Org.Api("bowtie_journeys?$top=1"));
            Assert.Contains(requests, r => r.Uri == Org.Api("bowtie_stagetransitions?$top=1"));
            Assert.Contains("verified: 1 plugin assembly, 2 of 2 steps enabled, 1 flow activated, 2 tables answer", output, StringComparison.Ordinal);
            Assert.DoesNotContain(Org.Token, output + error, StringComparison.Ordinal);
        }

        [Fact]
        public void A_failed_import_prints_the_import_jobs_own_error_and_does_not_publish()
        {
            var org = new ScriptedOrg { FailWith = "The plug-in assembly DataverseFunnel.Plugins cannot be updated: its public key token differs." };
            var (exit, output, _) = Deploy(org);

            Assert.Equal(1, exit);
            Assert.Contains("funnel deploy: import failed: The plug-in assembly DataverseFunnel.Plugins cannot be updated: its public key token differs.", output, StringComparison.Ordinal);
            Assert.DoesNotContain(org.Handler.Requests, r => r.Uri.AbsolutePath.EndsWith("PublishAllXml", StringComparison.Ordinal));
        }

        [Fact]
        public void A_disabled_step_or_a_draft_flow_fails_the_verification()
        {
            var org = new ScriptedOrg { DisabledStep = StepB, FlowState = 0 };
            var (exit, output, _) = Deploy(org);

            Assert.Equal(1, exit);
            Assert.Contains("funnel deploy: step Step B is disabled", output, StringComparison.Ordinal);
            Assert.Contains("funnel deploy: business process flow Bowtie journey is not activated", output, StringComparison.Ordinal);
            Assert.Contains("2 problem(s)", output, StringComparison.Ordinal);
        }

        [Fact]
        public void A_missing_table_fails_the_verification()
        {
            var org = new ScriptedOrg { MissingSet = "bowtie_stagetransitions" };
            var (exit, output, _) = Deploy(org);

            Assert.Equal(1, exit);
            Assert.Contains("table bowtie_stagetransitions does not answer", output, StringComparison.Ordinal);
        }

        [Fact]
        public void No_publish_skips_PublishAllXml()
        {
            var org = new ScriptedOrg();
            var (exit, _, _) = Deploy(org, "--no-publish");

            Assert.Equal(0, exit);
            Assert.DoesNotContain(org.Handler.Requests, r => r.Uri.AbsolutePath.EndsWith("PublishAllXml", StringComparison.Ordinal));
        }

        [Fact]
        public void A_missing_zip_is_a_usage_error_before_any_request()
        {
            var org = new ScriptedOrg();
            var (exit, _, error) = Verb.Run((h, o, e) => new DeployCommand(new(h, o, e), TimeSpan.Zero).Build(), org.Handler,
                "--org", Org.Url, "--token", Org.Token, "--zip", Path.Combine(directory, "none.zip"));

            Assert.Equal(2, exit);
            Assert.Contains("zip not found", error, StringComparison.Ordinal);
            Assert.Empty(org.Handler.Requests);
        }

        private (int Exit, string Output, string Error) Deploy(ScriptedOrg org, params string[] extra) =>
            Verb.Run((h, o, e) => new DeployCommand(new(h, o, e), TimeSpan.Zero).Build(), org.Handler,
                new[] { "--org", Org.Url, "--token", Org.Token, "--zip", ZipPath() }.Concat(extra).ToArray());

        private string ZipPath()
        {
            var path = Path.Combine(directory, "DataverseFunnel_1_0_0_0.zip");
            if (File.Exists(path))
            {
                return path;
            }

            using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
            Write(archive, "solution.xml", "<ImportExportXml><SolutionManifest><UniqueName>DataverseFunnel</UniqueName><Version>1.0.0.0</Version></SolutionManifest></ImportExportXml>");
            Write(archive, "customizations.xml", $$"""
                <ImportExportXml>
                  <Entities>
                    <Entity><EntityInfo><entity Name="bowtie_journey"><EntitySetName>bowtie_journeys</EntitySetName></entity></EntityInfo></Entity>
                    <Entity><EntityInfo><entity Name="bowtie_stagetransition"><EntitySetName>bowtie_stagetransitions</EntitySetName></entity></EntityInfo></Entity>
                  </Entities>
                  <Workflows>
                    <Workflow WorkflowId="{{Flow}}" Name="Bowtie journey"><Category>4</Category></Workflow>
                    <Workflow WorkflowId="{{Guid.NewGuid()}}" Name="Not a flow"><Category>0</Category></Workflow>
                  </Workflows>
                  <SolutionPluginAssemblies>
                    <PluginAssembly FullName="DataverseFunnel.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef" PluginAssemblyId="{{Assembly}}" />
                  </SolutionPluginAssemblies>
                  <SdkMessageProcessingSteps>
                    <SdkMessageProcessingStep Name="Step A" SdkMessageProcessingStepId="{{StepA}}" />
                    <SdkMessageProcessingStep Name="Step B" SdkMessageProcessingStepId="{{StepB}}" />
                  </SdkMessageProcessingSteps>
                </ImportExportXml>
                """);
            return path;
        }

        private static void Write(ZipArchive archive, string name, string text)
        {
            using var stream = archive.CreateEntry(name).Open();
            stream.Write(Encoding.UTF8.GetBytes(text));
        }

        /// <summary>An org that runs an import over three polls, then answers the verification reads.</summary>
        private sealed class ScriptedOrg
        {
            private int polls;

            public ScriptedOrg() => Handler = new ScriptedHandler((r, i) => Answer(r));

            public ScriptedHandler Handler { get; }

            public string? FailWith { get; init; }

            public Guid? DisabledStep { get; init; }

            public int FlowState { get; init; } = 1;

            public string? MissingSet { get; init; }

            private HttpResponseMessage Answer(RecordedRequest r)
            {
                var path = r.Uri.AbsolutePath["/api/data/v9.2/".Length..];
                if (path == "ImportSolutionAsync")
                {
                    return ScriptedHandler.Json(HttpStatusCode.OK, $"{{\"AsyncOperationId\":\"{Operation}\",\"ImportJobKey\":\"{Job}\"}}");
                }

                if (path == $"asyncoperations({Operation})")
                {
                    polls++;
                    var done = polls >= 3;
                    var status = !done ? "\"statecode\":2,\"statuscode\":20" : FailWith is null ? "\"statecode\":3,\"statuscode\":30" : "\"statecode\":3,\"statuscode\":31";
                    return ScriptedHandler.Json(HttpStatusCode.OK, $"{{{status},\"message\":null,\"friendlymessage\":{(done && FailWith is not null ? "\"Import failed.\"" : "null")}}}");
                }

                if (path == $"importjobs({Job})")
                {
                    var progress = polls switch { 1 => 0, 2 => 50, _ => 100 };
                    var data = FailWith is null || polls < 3
                        ? "<importexportxml><result result=\\\"success\\\" /></importexportxml>"
                        : $"<importexportxml><solutionManifests><solutionManifest><result result=\\\"failure\\\" errorcode=\\\"0x80048033\\\" errortext=\\\"{FailWith}\\\" /></solutionManifest></solutionManifests></importexportxml>";
                    return ScriptedHandler.Json(HttpStatusCode.OK, $"{{\"progress\":{progress},\"data\":\"{data}\",\"solutionname\":\"DataverseFunnel\"}}");
                }

                if (path == "PublishAllXml")
                {
                    return new HttpResponseMessage(HttpStatusCode.NoContent);
                }

                if (path.StartsWith("sdkmessageprocessingsteps(", StringComparison.Ordinal))
                {
                    var disabled = DisabledStep is { } d && path.Contains(d.ToString(), StringComparison.Ordinal);
                    return ScriptedHandler.Json(HttpStatusCode.OK, $"{{\"name\":\"s\",\"statecode\":{(disabled ? 1 : 0)}}}");
                }

                if (path.StartsWith("workflows(", StringComparison.Ordinal))
                {
                    return ScriptedHandler.Json(HttpStatusCode.OK, $"{{\"name\":\"Bowtie journey\",\"statecode\":{FlowState}}}");
                }

                if (path.StartsWith("pluginassemblies(", StringComparison.Ordinal))
                {
                    return ScriptedHandler.Json(HttpStatusCode.OK, "{\"name\":\"DataverseFunnel.Plugins\"}");
                }

                if (path == MissingSet)
                {
                    return ScriptedHandler.Error(HttpStatusCode.NotFound, "0x80060888", $"Resource not found for the segment '{path}'.");
                }

                return ScriptedHandler.Json(HttpStatusCode.OK, "{\"value\":[]}");
            }
        }
    }
}
