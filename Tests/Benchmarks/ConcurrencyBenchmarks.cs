using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using DataverseFunnel.InMemory;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Issue 9 budget: requests from 2 threads at once against one org, next to the same number of requests from one
    /// thread (the baseline). The org serialises requests on one gate, so the ratio shows what sharing costs.
    /// </summary>
    [MemoryDiagnoser]
    public class ConcurrencyBenchmarks
    {
        private const string Table = "bench_row";
        private const int Requests = 2_000;

        private InMemoryOrganization _org = null!;
        private Entity[] _targets = null!;
        private int _tick;

        [GlobalSetup]
        public void Setup()
        {
            _org = new InMemoryOrganization(new MetadataBuilder().Table(Table, t => t.PrimaryName("bench_name", 100).Integer("bench_int1")).Build());
            _org.RegisterStep<TouchPlugin>("Update", Table, PipelineStage.PreOperation, filteringAttributes: new[] { "bench_int1" }, preImage: "pre");
            _targets = new Entity[Requests];
            for (var i = 0; i < Requests; i++)
            {
                var id = _org.Seed(new Entity(Table) { ["bench_name"] = "row " + i, ["bench_int1"] = 0 })[0];
                _targets[i] = new Entity(Table, id);
            }
        }

        [Benchmark(Baseline = true)]
        public void OneThread() => Run(0, Requests, ++_tick);

        [Benchmark]
        public void TwoThreads()
        {
            var tick = ++_tick;
            Parallel.Invoke(() => Run(0, Requests / 2, tick), () => Run(Requests / 2, Requests, tick));
        }

        private void Run(int from, int to, int tick)
        {
            var service = _org.CreateService();
            for (var i = from; i < to; i++)
            {
                var target = new Entity(Table, _targets[i].Id) { ["bench_int1"] = tick };
                service.Update(target);
            }
        }

        /// <summary>Reads the pre-image like a guard does.</summary>
        public sealed class TouchPlugin : IPlugin
        {
            public void Execute(IServiceProvider serviceProvider)
            {
                var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
                if (context.PreEntityImages["pre"].GetAttributeValue<int>("bench_int1") < 0) throw new InvalidPluginExecutionException("never");
            }
        }
    }
}
