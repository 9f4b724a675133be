using BenchmarkDotNet.Attributes;
using DataverseFunnel.InMemory;
using DataverseFunnel.InMemory.Solutions;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Store;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.SolutionTools.Plugins;
using DataverseFunnel.Plugins;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Issue 3 §7: a journey stage move through the in-memory pipeline with every bowtie step registered (vocabulary
    /// guard, stage guard, history, history guard, flow sync both ways), on the shipped tables: median ≤ 50 µs. Baseline: the same Updates with no steps.
    /// Each operation is one move of the cycle Prospect → MQL → SQL → (recycle) Prospect; after each cycle the store
    /// is restored so it doesn't grow (the restore is counted in both figures).
    /// Run: <c>dotnet run -c Release --project Tests/Benchmarks -- --filter '*StageMoveBenchmarks*'</c>.
    /// </summary>
    [MemoryDiagnoser]
    public class StageMoveBenchmarks
    {
        private static readonly Entity[] Moves =
        {
            Move(BowtieStage.Mql, null),
            Move(BowtieStage.Sql, null),
            Move(BowtieStage.Prospect, "Back to nurture"),
        };

        // The tables as the solution ships them, packed once (without plugin components, which need no build here).
        // Its environment variable definitions are imported too, so each move reads them as in a real org.
        private static readonly System.Lazy<string> ShippedZip = new(() => SolutionPacker.PackToDirectory(
            System.IO.Path.Combine(BenchmarkPaths.RepositoryRoot, "Solution"),
            System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dataversefunnel-stagemove-bench"), new PackOptions { NoPluginGeneration = true }));

        private static readonly System.Lazy<MetadataModel> ShippedTables = new(() => SolutionMetadataReader.Read(ShippedZip.Value));

        private Runner _bare = null!;
        private Runner _bowtie = null!;
        private Runner _bowtieWithFlow = null!;

        [GlobalSetup]
        public void Setup()
        {
            PluginBuildCheck.RequireModernBuild();
            _bare = new Runner(withSteps: false, withFlow: false);
            _bowtie = new Runner(withSteps: true, withFlow: false);
            _bowtieWithFlow = new Runner(withSteps: true, withFlow: true);
        }

        [Benchmark(Baseline = true, Description = "Stage move, no steps registered")]
        public void MoveWithoutSteps() => _bare.Next();

        [Benchmark(Description = "Stage move, all bowtie steps registered")]
        public void MoveWithBowtieSteps() => _bowtie.Next();

        [Benchmark(Description = "Stage move + process flow follows, all bowtie steps")]
        public void MoveWithBowtieStepsAndFlow() => _bowtieWithFlow.Next();

        private static Entity Move(BowtieStage stage, string? reason)
        {
            var move = new Entity(JourneyColumns.Table) { [JourneyColumns.Stage] = new OptionSetValue((int)stage) };
            if (reason != null) move[JourneyColumns.MoveReason] = reason;
            return move;
        }

        private sealed class Runner
        {
            private readonly InMemoryOrganization _org;
            private readonly IOrganizationService _service;
            private readonly StoreSnapshot _start;
            private readonly System.Guid _journey;
            private int _next;

            public Runner(bool withSteps, bool withFlow)
            {
                _org = new InMemoryOrganization(ShippedTables.Value, new InMemoryOrganizationOptions { MaxAuditEntries = 0 });
                _org.Seed(SolutionEnvironmentVariables.Read(ShippedZip.Value));
                if (withSteps)
                {
                    _org.RegisterPlugin<VocabularyGuardPlugin>();
                    _org.RegisterPlugin<JourneyStagePlugin>();
                    _org.RegisterPlugin<StageHistoryGuardPlugin>();
                    _org.RegisterPlugin<JourneyFlowPlugin>();
                    _org.RegisterPlugin<JourneyFlowSyncPlugin>();
                }

                _service = _org.CreateService();
                _journey = _service.Create(new Entity(JourneyColumns.Table)
                {
                    [JourneyColumns.Name] = "Contoso",
                    [JourneyColumns.Stage] = new OptionSetValue((int)BowtieStage.Prospect),
                    [JourneyColumns.Campaign] = "Spring webinar",
                    [JourneyColumns.Mrr] = new Money(1000m),
                    [BowtieModel.Task(BowtieTask.Inbound).DoneColumn] = true,
                });
                if (withFlow)
                {
                    _org.CreateBusinessProcessFlowInstance(JourneyFlowColumns.Table, new EntityReference(JourneyColumns.Table, _journey));
                }

                _start = _org.Snapshot();
            }

            public void Next()
            {
                var move = Moves[_next];
                move.Id = _journey;
                _service.Update(move);
                if (++_next == Moves.Length)
                {
                    _next = 0;
                    _org.Restore(_start);
                }
            }
        }
    }
}
