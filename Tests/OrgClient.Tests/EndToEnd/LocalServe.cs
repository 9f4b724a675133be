using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using DataverseFunnel.InMemory;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.SolutionTools.Plugins;
using DataverseFunnel.WebApi.Hosting;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.OrgClient.Tests.EndToEnd
{
    /// <summary>`funnel serve` started in-process on a free loopback port (our packed solution imported, or --empty).</summary>
    internal sealed class LocalServe : IAsyncDisposable
    {
        public const string Token = "e2e-serve-token.5f1c9a";

        private static readonly Lazy<byte[]> PackedZip = new(() => SolutionZip.ToBytes(SolutionPacker.Pack(Path.Combine(PluginLocator.FindRepositoryRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no repository above the tests"), "Solution"), new PackOptions())));

        private LocalServe(WebApiServer server) => Server = server;

        /// <summary>Our solution, packed as `funnel pack` does.</summary>
        public static byte[] Zip => PackedZip.Value;

        public WebApiServer Server { get; }

        /// <summary>The Web API root, as `funnel serve` prints it and `--org` accepts it.</summary>
        public string Url => Server.ServiceRoot.ToString();

        public InMemoryOrganization Org => Server.Host.Current.Org;

        public static async Task<LocalServe> Start(bool empty = false, string? throttle = null)
        {
            var organization = empty ? SolutionImporter.Empty(TimeProvider.System) : SolutionImporter.Import(Zip, TimeProvider.System);
            var options = new ServerOptions { Port = 0, Token = Token, Throttle = throttle is null ? null : ThrottleSpec.Parse(throttle) };
            return new LocalServe(await WebApiServer.StartAsync(options, organization));
        }

        /// <summary>
        /// Seeds <paramref name="count"/> stage-transition rows straight into the org (no plugins: fast), as journeys of up to
        /// seven moves Prospect → … → LTV, one hour apart, across motions and campaigns.
        /// </summary>
        public void SeedTransitions(int count)
        {
            var rows = new List<Entity>(count);
            var start = new DateTime(2025, 1, 1, 8, 0, 0, DateTimeKind.Utc);
            var campaigns = new[] { "Spring", "Webinar", "Partner" };
            for (var journey = 0; rows.Count < count; journey++)
            {
                var id = Guid.NewGuid();
                var motion = 269840000 + journey % 3;
                var moves = 1 + journey % 7;
                for (var move = 0; move < moves && rows.Count < count; move++)
                {
                    var row = new Entity(StageTransitionColumns.Table, Guid.NewGuid())
                    {
                        [StageTransitionColumns.Journey] = new EntityReference("bowtie_journey", id),
                        [StageTransitionColumns.ToStage] = new OptionSetValue(269840000 + move),
                        [StageTransitionColumns.Kind] = new OptionSetValue((int)TransitionKind.Forward),
                        [StageTransitionColumns.MovedOn] = start.AddMinutes(journey * 7 + move * 60),
                        [StageTransitionColumns.Motion] = new OptionSetValue(motion),
                        [StageTransitionColumns.Campaign] = campaigns[journey % campaigns.Length],
                    };
                    if (move > 0) row[StageTransitionColumns.FromStage] = new OptionSetValue(269840000 + move - 1);
                    if (move >= 4) row[StageTransitionColumns.Mrr] = new Money(100m + journey % 50);
                    rows.Add(row);
                }
            }

            Org.Seed(rows.ToArray());
        }

        /// <summary>
        /// Seeds <paramref name="journeys"/> journeys created at Prospect and, a day later, moved to Commit in one save: three
        /// skip rows at one instant, with random ids as a served org (and Dataverse) gives them.
        /// </summary>
        public void SeedSkips(int journeys)
        {
            var rows = new List<Entity>();
            var start = new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);
            for (var journey = 0; journey < journeys; journey++)
            {
                var id = Guid.NewGuid();
                var created = start.AddMinutes(journey * 5);
                rows.Add(Row(id, null, 0, TransitionKind.Forward, created));
                for (var stage = 1; stage <= 3; stage++)
                {
                    rows.Add(Row(id, stage - 1, stage, TransitionKind.Skip, created.AddDays(1)));
                }
            }

            Org.Seed(rows.ToArray());

            static Entity Row(Guid journey, int? from, int to, TransitionKind kind, DateTime at)
            {
                var row = new Entity(StageTransitionColumns.Table, Guid.NewGuid())
                {
                    [StageTransitionColumns.Journey] = new EntityReference("bowtie_journey", journey),
                    [StageTransitionColumns.ToStage] = new OptionSetValue(269840000 + to),
                    [StageTransitionColumns.Kind] = new OptionSetValue((int)kind),
                    [StageTransitionColumns.MovedOn] = at,
                    [StageTransitionColumns.Motion] = new OptionSetValue(269840001),
                };
                if (from is { } f) row[StageTransitionColumns.FromStage] = new OptionSetValue(269840000 + f);
                return row;
            }
        }

        public async ValueTask DisposeAsync() => await Server.DisposeAsync();
    }

    /// <summary>A real socket handler that records every request's start and every 429's Retry-After.</summary>
    internal sealed class RecordingHandler : DelegatingHandler
    {
        private readonly object gate = new();

        public RecordingHandler() : base(new SocketsHttpHandler()) { }

        public List<(DateTimeOffset Start, DateTimeOffset End, int Status, TimeSpan? RetryAfter)> Calls { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            var start = DateTimeOffset.UtcNow;
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            lock (gate) Calls.Add((start, DateTimeOffset.UtcNow, (int)response.StatusCode, response.Headers.RetryAfter?.Delta));
            return response;
        }
    }
}
