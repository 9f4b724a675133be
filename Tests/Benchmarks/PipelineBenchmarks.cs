using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DataverseFunnel.InMemory;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Store;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Issue 2 §4 budgets for the in-memory pipeline: an Update of one 20-column row through two sync steps with a
    /// pre-image (median ≤ 20 µs, ≤ 8 KB allocated), and UpdateMultiple of 10,000 rows with the same steps (≤ 200 ms).
    /// Each is measured next to its baseline: the same writes straight into the raw store, no pipeline.
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class PipelineBenchmarks
    {
        private const string Table = "bench_row";
        private const int BulkRows = 10_000;

        private InMemoryOrganization _org = null!;
        private IOrganizationService _service = null!;
        private InMemoryStore _store = null!;
        private Entity _singleTarget = null!;
        private Guid _singleId;
        private UpdateMultipleRequest _bulkRequest = null!;
        private List<Guid> _bulkIds = null!;
        private int _tick;

        [GlobalSetup]
        public void Setup()
        {
            var metadata = new MetadataBuilder().Table(Table, t =>
            {
                t.PrimaryName("bench_name", 100);
                for (var i = 1; i <= 6; i++) t.String("bench_text" + i, 200);
                for (var i = 1; i <= 4; i++) t.Integer("bench_int" + i);
                for (var i = 1; i <= 3; i++) t.Money("bench_money" + i);
                for (var i = 1; i <= 2; i++) t.Choice("bench_choice" + i);
                t.Boolean("bench_flag").DateTime("bench_when").Decimal("bench_ratio").Lookup("bench_accountid", "account");
            }).Build();
            _org = new InMemoryOrganization(metadata);
            _org.RegisterStep(Step("Update", PipelineStage.PreValidation, new[] { "bench_int1", "bench_choice1" },
                new StepImage("pre", StepImageKind.PreImage, new[] { "bench_int1", "bench_choice1", "bench_name" })), new GuardPlugin());
            _org.RegisterStep(Step("Update", PipelineStage.PreOperation, Array.Empty<string>()), new StampPlugin());
            _service = _org.CreateService();
            _store = _org.Core.Store;

            var account = _org.Seed(new Entity("account") { ["name"] = "Acme" })[0];
            _singleId = _org.Seed(Row(0, account))[0];
            _bulkIds = new List<Guid>(_org.Seed(BuildRows(account)));
            _singleTarget = Change(_singleId, 1);
            var targets = new EntityCollection { EntityName = Table };
            foreach (var id in _bulkIds) targets.Entities.Add(Change(id, 2));
            _bulkRequest = new UpdateMultipleRequest { Targets = targets };
        }

        [Benchmark(Baseline = true)]
        [BenchmarkCategory("Update one row")]
        public void RawStoreUpdate() => RawUpdate(_singleId, ++_tick);

        [Benchmark]
        [BenchmarkCategory("Update one row")]
        public void PipelineUpdate()
        {
            _singleTarget["bench_int1"] = ++_tick;
            _service.Update(_singleTarget);
        }

        [Benchmark(Baseline = true)]
        [BenchmarkCategory("UpdateMultiple 10,000 rows")]
        public void RawStoreUpdate10000()
        {
            var tick = ++_tick;
            foreach (var id in _bulkIds) RawUpdate(id, tick);
        }

        [Benchmark]
        [BenchmarkCategory("UpdateMultiple 10,000 rows")]
        public void PipelineUpdateMultiple10000() => _service.Execute(_bulkRequest);

        private void RawUpdate(Guid id, int tick)
        {
            var row = _store.Find(Table, id)!;
            var values = row.CopyValues();
            values["bench_int1"] = tick;
            values["bench_text1"] = "changed";
            values["bench_choice1"] = new OptionSetValue(2);
            _store.Put(Table, new StoredRow(id, values));
        }

        private static Entity Change(Guid id, int tick) => new(Table, id)
        {
            ["bench_int1"] = tick,
            ["bench_text1"] = "changed",
            ["bench_choice1"] = new OptionSetValue(2),
        };

        private static Entity[] BuildRows(Guid account)
        {
            var rows = new Entity[BulkRows];
            for (var i = 0; i < BulkRows; i++) rows[i] = Row(i, account);
            return rows;
        }

        private static Entity Row(int n, Guid account)
        {
            var row = new Entity(Table) { ["bench_name"] = "row " + n };
            for (var i = 1; i <= 6; i++) row["bench_text" + i] = "text " + i;
            for (var i = 1; i <= 4; i++) row["bench_int" + i] = i;
            for (var i = 1; i <= 3; i++) row["bench_money" + i] = new Money(i * 10m);
            for (var i = 1; i <= 2; i++) row["bench_choice" + i] = new OptionSetValue(1);
            row["bench_flag"] = true;
            row["bench_when"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            row["bench_ratio"] = 0.5m;
            row["bench_accountid"] = new EntityReference("account", account);
            return row;
        }

        private static StepDefinition Step(string message, PipelineStage stage, string[] filter, params StepImage[] images) =>
            new(Guid.Parse(stage == PipelineStage.PreValidation ? "b0000000-0000-0000-0000-000000000010" : "b0000000-0000-0000-0000-000000000020"),
                $"bench {stage}", "bench", message, Table, stage, ExecutionMode.Synchronous, 1, filter, images, null, null);

        /// <summary>Reads the pre-image and the Target like a stage guard does.</summary>
        private sealed class GuardPlugin : IPlugin
        {
            public void Execute(IServiceProvider serviceProvider)
            {
                var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
                var target = (Entity)context.InputParameters["Target"];
                var before = context.PreEntityImages["pre"].GetAttributeValue<int>("bench_int1");
                if (target.GetAttributeValue<int>("bench_int1") < before - 1_000_000) throw new InvalidPluginExecutionException("never");
            }
        }

        /// <summary>Edits the Target in PreOperation like a normalising plugin does.</summary>
        private sealed class StampPlugin : IPlugin
        {
            public void Execute(IServiceProvider serviceProvider)
            {
                var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
                ((Entity)context.InputParameters["Target"])["bench_text2"] = "stamped";
            }
        }
    }
}
