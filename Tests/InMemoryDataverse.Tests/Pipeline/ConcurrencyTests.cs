using System;
using System.Collections.Concurrent;
using System.Linq;
using System.ServiceModel;
using System.Threading;
using System.Threading.Tasks;
using DataverseFunnel.InMemory.Tests.TestSupport;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Tests.Pipeline;

/// <summary>One org shared by many threads gives exactly what one caller would: no lost write, no raw exception.</summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;
    private const int PerThread = 400;

    [Fact]
    public void ManyThreads_MixedRequests_OneFailingOnPurpose_ExactRowCounts()
    {
        var org = TestOrg.Create();
        // Every widget create also writes an account from PostOperation; the poisoned name fails after that write.
        org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation, rank: 1), new DelegatePlugin(s =>
            s.Service().Create(new Entity("account") { ["name"] = "audit " + s.Target.GetAttributeValue<string>("test_name") })));
        org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation, rank: 2), new DelegatePlugin(s =>
        {
            if (s.Target.GetAttributeValue<string>("test_name") == "poison") throw new InvalidPluginExecutionException("refused on purpose");
        }));
        var faults = new ConcurrentBag<OrganizationServiceFault>();
        var others = new ConcurrentBag<Exception>();
        var start = new Barrier(Threads);

        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, thread =>
        {
            var service = org.CreateService();
            start.SignalAndWait();
            for (var i = 0; i < PerThread; i++)
            {
                try
                {
                    var name = thread == 3 && i == 200 ? "poison" : $"t{thread}-{i}";
                    var id = service.Create(new Entity(TestOrg.Widget) { ["test_name"] = name, ["test_count"] = 0 });
                    service.Update(new Entity(TestOrg.Widget, id) { ["test_count"] = i });
                    Assert.Equal(i, service.Retrieve(TestOrg.Widget, id, new ColumnSet("test_count")).GetAttributeValue<int>("test_count"));
                    if (i % 4 == 0) service.Delete(TestOrg.Widget, id);
                    if (i % 50 == 0) service.RetrieveMultiple(new QueryExpression(TestOrg.Widget) { ColumnSet = new ColumnSet("test_name") });
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    faults.Add(fault.Detail);
                }
                catch (Exception exception)
                {
                    others.Add(exception);
                }
            }
        });

        Assert.Empty(others);
        var only = Assert.Single(faults);
        Assert.Equal("refused on purpose", only.Message);
        var created = Threads * PerThread - 1;
        var deleted = Threads * (PerThread / 4) - 1; // the poisoned one (i == 200, a multiple of 4) was never created
        Assert.Equal(created - deleted, org.Count(TestOrg.Widget));
        Assert.Equal(created, org.Count("account"));
        Assert.DoesNotContain(org.All("account"), a => a.GetAttributeValue<string>("name") == "audit poison");
        Assert.Equal(Threads * PerThread, org.All(TestOrg.Widget).Count + deleted + 1);

        // Still healthy afterwards.
        var after = org.CreateService().Create(TestOrg.NewWidget("after"));
        Assert.NotNull(org.Peek(TestOrg.Widget, after));
    }

    [Fact]
    public async Task TestSideReads_WhileOtherThreadsWrite_NeverThrow()
    {
        var org = TestOrg.Create();
        using var stop = new CancellationTokenSource();
        using var reading = new ManualResetEventSlim();
        var reader = Task.Run(() =>
        {
            var reads = 0;
            do
            {
                _ = org.All(TestOrg.Widget).Count + org.Count(TestOrg.Widget) + org.StepAudit.Count;
                reads++;
                reading.Set();
            }
            while (!stop.IsCancellationRequested);

            return reads;
        });
        reading.Wait();

        Parallel.For(0, 4, _ =>
        {
            var service = org.CreateService();
            for (var i = 0; i < 300; i++) service.Create(TestOrg.NewWidget());
        });
        stop.Cancel();

        Assert.True(await reader > 0);
        Assert.Equal(1200, org.Count(TestOrg.Widget));
    }
}
