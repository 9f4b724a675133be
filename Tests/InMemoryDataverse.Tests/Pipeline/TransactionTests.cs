using System;
using System.ServiceModel;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Tests.TestSupport;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Tests.Pipeline;

/// <summary>Rollback to the state before the outermost request, savepoints for failed child calls, doomed transactions.</summary>
public sealed class TransactionTests
{
    private readonly InMemoryOrganization _org = TestOrg.Create();

    [Fact]
    public void FailedChildCall_CaughtByThePlugin_DoomsTheTransaction()
    {
        _org.RegisterStep(Steps.On("Create", "account", PipelineStage.PreOperation), new DelegatePlugin(_ => throw new InvalidPluginExecutionException("accounts are closed")));
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation), new DelegatePlugin(s =>
        {
            try
            {
                s.Service().Create(new Entity("account") { ["name"] = "x" });
            }
            catch (FaultException<OrganizationServiceFault>)
            {
                // ignoring the failure is the bug the platform refuses
            }
        }));

        var fault = FaultAssert.Throws(() => _org.CreateService().Create(TestOrg.NewWidget()));

        Assert.StartsWith("There is no active transaction", fault.Message);
        Assert.Equal(0, _org.Count(TestOrg.Widget));
    }

    [Fact]
    public void FailedChildValidation_CaughtByThePlugin_OnlyUndoesThatChild()
    {
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation), new DelegatePlugin(s =>
        {
            try
            {
                s.Service().Update(new Entity("account", new Guid("00000000-0000-0000-0000-00000000dead")) { ["name"] = "missing row" });
            }
            catch (FaultException<OrganizationServiceFault>)
            {
                // a plain validation fault (no plugin threw) does not doom the transaction
            }
        }));

        var id = _org.CreateService().Create(TestOrg.NewWidget());

        Assert.NotNull(_org.Peek(TestOrg.Widget, id));
    }

    [Fact]
    public void FaultFromAChildPlugin_ReachesTheOutermostCallerWithItsOwnMessage()
    {
        _org.RegisterStep(Steps.On("Create", "account", PipelineStage.PreOperation), new DelegatePlugin(_ => throw new InvalidPluginExecutionException("inner message")));
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation), new DelegatePlugin(s => s.Service().Create(new Entity("account") { ["name"] = "x" })));

        var fault = FaultAssert.Throws(() => _org.CreateService().Create(TestOrg.NewWidget()));

        Assert.Equal("inner message", fault.Message);
        Assert.Equal(ErrorCodes.IsvAborted, fault.ErrorCode);
    }

    [Fact]
    public void AsyncSteps_QueuedByAFailedRequest_NeverRun()
    {
        var asyncRan = false;
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation, mode: ExecutionMode.Asynchronous), new DelegatePlugin(_ => asyncRan = true));
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation, rank: 5), new DelegatePlugin(_ => throw new InvalidPluginExecutionException("stop")));

        FaultAssert.Throws(() => _org.CreateService().Create(TestOrg.NewWidget()));

        Assert.False(asyncRan);
        Assert.Empty(_org.AsyncJobs);
    }

    [Fact]
    public void SnapshotAndRestore_ReturnTheStoreToAnEarlierState()
    {
        var snapshot = _org.Snapshot();
        _org.CreateService().Create(TestOrg.NewWidget());

        _org.Restore(snapshot);

        Assert.Equal(0, _org.Count(TestOrg.Widget));
    }
}
