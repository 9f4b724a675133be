using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Tests.TestSupport;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Tests.Pipeline;

/// <summary>One test per rule of plugin-harness-semantics.md section 9.</summary>
public sealed class PipelineConformanceTests
{
    private readonly InMemoryOrganization _org = TestOrg.Create();

    private Guid Seeded(int count = 1, string name = "w") => _org.Seed(new Entity(TestOrg.Widget) { ["test_name"] = name, ["test_count"] = count, ["test_flag"] = true })[0];

    [Fact]
    public void Update_Target_HoldsOnlyTheColumnsSent()
    {
        var id = Seeded();
        IReadOnlyCollection<string>? seen = null;
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(s => seen = s.Target.Attributes.Keys.ToArray()));

        _org.CreateService().Update(new Entity(TestOrg.Widget, id) { ["test_count"] = 2 });

        Assert.Equal(new[] { "test_count" }, seen);
    }

    [Fact]
    public void PreImage_HoldsOldValuesTrimmedToItsColumns()
    {
        var id = Seeded(count: 1, name: "old");
        Entity? image = null;
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation, preImage: "pre", preColumns: new[] { "test_count" }),
            new DelegatePlugin(s => image = s.Context.PreEntityImages["pre"]));

        _org.CreateService().Update(new Entity(TestOrg.Widget, id) { ["test_count"] = 5, ["test_name"] = "new" });

        Assert.Equal(1, image!.GetAttributeValue<int>("test_count"));
        Assert.False(image.Contains("test_name"));
    }

    [Fact]
    public void PostImage_IsGivenOnlyAtPostOperation_WithNewValues()
    {
        var id = Seeded(count: 1);
        Entity? post = null;
        var preOpImages = -1;
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PostOperation, postImage: "post"), new DelegatePlugin(s => post = s.Context.PostEntityImages["post"]));
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(s => preOpImages = s.Context.PostEntityImages.Count));

        _org.CreateService().Update(new Entity(TestOrg.Widget, id) { ["test_count"] = 7 });

        Assert.Equal(7, post!.GetAttributeValue<int>("test_count"));
        Assert.Equal(0, preOpImages);
        Assert.Throws<StepRegistrationException>(() => _org.RegisterStep(
            Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation, postImage: "post"), new DelegatePlugin(_ => { })));
    }

    [Fact]
    public void FilteringAttributes_StepIsSkippedWhenNoListedColumnIsSent()
    {
        var id = Seeded();
        var filtered = new DelegatePlugin(_ => { });
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation, filter: new[] { "test_stage" }), filtered);

        _org.CreateService().Update(new Entity(TestOrg.Widget, id) { ["test_count"] = 2 });
        Assert.Equal(0, filtered.Executions);

        _org.CreateService().Update(new Entity(TestOrg.Widget, id) { ["test_stage"] = new OptionSetValue(2) });
        Assert.Equal(1, filtered.Executions);
    }

    [Fact]
    public void FilteringAttributes_AreEvaluatedWhenTheStepWouldRun_SoAnEarlierStepsAdditionCounts()
    {
        var id = Seeded();
        var filtered = new DelegatePlugin(_ => { });
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation, rank: 1), new DelegatePlugin(s => s.Target["test_stage"] = new OptionSetValue(3)));
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation, rank: 2, filter: new[] { "test_stage" }), filtered);

        _org.CreateService().Update(new Entity(TestOrg.Widget, id) { ["test_count"] = 2 });

        Assert.Equal(1, filtered.Executions);
        Assert.Equal(3, _org.Peek(TestOrg.Widget, id)!.GetAttributeValue<OptionSetValue>("test_stage")!.Value);
    }

    [Fact]
    public void Rank_StepsRunByStageThenRank_TiesBrokenByStepId()
    {
        var order = new List<string>();
        void Add(string name, PipelineStage stage, int rank, Guid id) =>
            _org.RegisterStep(Steps.On("Create", TestOrg.Widget, stage, rank: rank, id: id, name: name), new DelegatePlugin(_ => order.Add(name)));
        Add("post1", PipelineStage.PostOperation, 1, new Guid("00000000-0000-0000-0000-0000000000a1"));
        Add("pre3", PipelineStage.PreOperation, 3, new Guid("00000000-0000-0000-0000-0000000000a2"));
        Add("pre1b", PipelineStage.PreOperation, 1, new Guid("00000000-0000-0000-0000-0000000000b2"));
        Add("pre1a", PipelineStage.PreOperation, 1, new Guid("00000000-0000-0000-0000-0000000000b1"));
        Add("val", PipelineStage.PreValidation, 9, new Guid("00000000-0000-0000-0000-0000000000a3"));

        _org.CreateService().Create(TestOrg.NewWidget());

        Assert.Equal(new[] { "val", "pre1a", "pre1b", "pre3", "post1" }, order);
    }

    [Fact]
    public void PreValidationThrow_OfTheOutermostRequest_KeepsWhatPreValidationWrote_AndSavesNothingElse()
    {
        bool? inTransaction = null;
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreValidation), new DelegatePlugin(s =>
        {
            inTransaction = s.Context.IsInTransaction;
            s.Service().Create(new Entity("account") { ["name"] = "side effect" });
            throw new InvalidPluginExecutionException("no");
        }));
        var before = _org.Count("account");

        FaultAssert.Throws(() => _org.CreateService().Create(TestOrg.NewWidget()));

        Assert.False(inTransaction);
        Assert.Equal(0, _org.Count(TestOrg.Widget));
        Assert.Equal(before + 1, _org.Count("account")); // PreValidation of the outermost request runs outside the transaction
    }

    [Fact]
    public void PreValidationWrites_SurviveALaterPostOperationFailure_WhileThePreOperationWritesRollBack()
    {
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreValidation), new DelegatePlugin(s =>
            s.Service().Create(new Entity("account") { ["name"] = "from prevalidation" })));
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(s =>
            s.Service().Create(new Entity("account") { ["name"] = "from preoperation" })));
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation), new DelegatePlugin(_ => throw new InvalidPluginExecutionException("late")));

        FaultAssert.Throws(() => _org.CreateService().Create(TestOrg.NewWidget()));

        Assert.Equal(new[] { "from prevalidation" }, _org.All("account").Select(a => a.GetAttributeValue<string>("name")).ToArray());
        Assert.Equal(0, _org.Count(TestOrg.Widget));
    }

    [Fact]
    public void PreValidation_OfAChildRequestInsideTheTransaction_IsInTheTransaction_AndRollsBack()
    {
        bool? childInTransaction = null;
        _org.RegisterStep(Steps.On("Create", "account", PipelineStage.PreValidation), new DelegatePlugin(s => childInTransaction = s.Context.IsInTransaction));
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation, rank: 1), new DelegatePlugin(s =>
            s.Service().Create(new Entity("account") { ["name"] = "child" })));
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation, rank: 2), new DelegatePlugin(_ => throw new InvalidPluginExecutionException("late")));
        var before = _org.Count("account");

        FaultAssert.Throws(() => _org.CreateService().Create(TestOrg.NewWidget()));

        Assert.True(childInTransaction);
        Assert.Equal(before, _org.Count("account"));
    }

    [Fact]
    public void PostOperationThrow_RollsBackTheMainOperationAndChildWrites()
    {
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation, rank: 1), new DelegatePlugin(s =>
            s.Service().Create(new Entity("account") { ["name"] = "child write" })));
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation, rank: 2), new DelegatePlugin(_ => throw new InvalidPluginExecutionException("late failure")));
        var accounts = _org.Count("account");

        var fault = FaultAssert.Throws(() => _org.CreateService().Create(TestOrg.NewWidget()));

        Assert.Equal("late failure", fault.Message);
        Assert.Equal(0, _org.Count(TestOrg.Widget));
        Assert.Equal(accounts, _org.Count("account"));
    }

    [Fact]
    public void AsyncThrow_DoesNotRollBack_AndIsRecordedOnItsJob()
    {
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation, mode: ExecutionMode.Asynchronous, name: "async"),
            new DelegatePlugin(_ => throw new InvalidPluginExecutionException("async failed")));

        var id = _org.CreateService().Create(TestOrg.NewWidget());

        Assert.NotNull(_org.Peek(TestOrg.Widget, id));
        var job = Assert.Single(_org.AsyncJobs);
        Assert.False(job.Succeeded);
        Assert.Equal("async failed", job.Error);
    }

    [Fact]
    public void AsyncStep_RunsAfterTheOutermostRequestCompletes()
    {
        var seenRowDuringAsync = false;
        var asyncRanBeforeCommit = true;
        Guid created = Guid.Empty;
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation, mode: ExecutionMode.Asynchronous),
            new DelegatePlugin(s =>
            {
                asyncRanBeforeCommit = false;
                seenRowDuringAsync = s.Service().Retrieve(TestOrg.Widget, s.Context.PrimaryEntityId, new ColumnSet("test_name")) is not null;
                Assert.False(s.Context.IsInTransaction);
                Assert.Equal(1, s.Context.Mode);
            }));

        created = _org.CreateService().Create(TestOrg.NewWidget());

        Assert.False(asyncRanBeforeCommit);
        Assert.True(seenRowDuringAsync);
        Assert.True(Assert.Single(_org.AsyncJobs).Succeeded);
    }

    [Fact]
    public void DepthGuard_ARequestNestedNineDeepFaults_AndNothingIsStored()
    {
        var id = Seeded();
        var deepest = 0;
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PostOperation), new DelegatePlugin(s =>
        {
            deepest = Math.Max(deepest, s.Context.Depth);
            var count = s.Target.GetAttributeValue<int>("test_count");
            s.Service().Update(new Entity(TestOrg.Widget, s.Context.PrimaryEntityId) { ["test_count"] = count + 1 });
        }));

        var fault = FaultAssert.Throws(() => _org.CreateService().Update(new Entity(TestOrg.Widget, id) { ["test_count"] = 10 }));

        Assert.Equal(8, deepest);
        Assert.Equal(ErrorCodes.InfiniteLoop, fault.ErrorCode);
        Assert.StartsWith("This workflow job was canceled because the workflow that started it included an infinite loop.", fault.Message);
        Assert.Equal(1, _org.Peek(TestOrg.Widget, id)!.GetAttributeValue<int>("test_count"));
    }

    [Fact]
    public void SharedVariables_SetAtPreValidation_AreSeenThroughParentContextAt20And40()
    {
        object? at20 = null, at40 = null, sharedAt40 = null;
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreValidation), new DelegatePlugin(s => s.Context.SharedVariables["marker"] = "from 10"));
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(s =>
        {
            at20 = s.Context.ParentContext.SharedVariables["marker"];
            s.Context.SharedVariables["fromPre"] = 20;
        }));
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation), new DelegatePlugin(s =>
        {
            at40 = s.Context.ParentContext.SharedVariables["marker"];
            sharedAt40 = s.Context.SharedVariables["fromPre"];
        }));

        _org.CreateService().Create(TestOrg.NewWidget());

        Assert.Equal("from 10", at20);
        Assert.Equal("from 10", at40);
        Assert.Equal(20, sharedAt40);
    }

    [Fact]
    public void UpdateMultiple_FiresUpdateStepsPerRowAndBulkStepsOnce()
    {
        var ids = _org.Seed(TestOrg.NewWidget("a", 1), TestOrg.NewWidget("b", 1), TestOrg.NewWidget("c", 1));
        var perRow = new List<Guid>();
        var bulkTargets = new List<int>();
        var bulkPreImages = new List<int>();
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(s => perRow.Add(s.Context.PrimaryEntityId)));
        _org.RegisterStep(Steps.On("UpdateMultiple", TestOrg.Widget, PipelineStage.PostOperation, preImage: "pre"), new DelegatePlugin(s =>
        {
            bulkTargets.Add(((EntityCollection)s.Context.InputParameters["Targets"]).Entities.Count);
            bulkPreImages.Add(s.Context.PreEntityImagesCollection.Length);
        }));
        var targets = new EntityCollection(ids.Select(id => new Entity(TestOrg.Widget, id) { ["test_count"] = 2 }).ToList()) { EntityName = TestOrg.Widget };

        _org.CreateService().Execute(new Microsoft.Xrm.Sdk.Messages.UpdateMultipleRequest { Targets = targets });

        Assert.Equal(ids, perRow);
        Assert.Equal(new[] { 3 }, bulkTargets);
        Assert.Equal(new[] { 3 }, bulkPreImages);
        Assert.All(ids, id => Assert.Equal(2, _org.Peek(TestOrg.Widget, id)!.GetAttributeValue<int>("test_count")));
    }

    [Fact]
    public void SetState_RunsItsOwnSteps_AndByDefaultNoUpdateStep()
    {
        var id = Seeded();
        IPluginExecutionContext? seen = null;
        var update = new DelegatePlugin(_ => { });
        _org.RegisterStep(Steps.On("SetState", TestOrg.Widget, PipelineStage.PreOperation, preImage: "pre"), new DelegatePlugin(s => seen = s.Context));
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation, filter: new[] { "statecode" }), update);

        _org.CreateService().Execute(SetState(id, 1, 2));

        Assert.Equal("SetState", seen!.MessageName);
        Assert.Equal(id, ((EntityReference)seen.InputParameters["EntityMoniker"]).Id);
        Assert.Equal(0, seen.PreEntityImages["pre"].GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(0, update.Executions);
        Assert.Equal(2, _org.Peek(TestOrg.Widget, id)!.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    [Fact]
    public void SetStateDynamicEntity_RunsOnlyItsOwnSteps()
    {
        var id = Seeded();
        var setState = new DelegatePlugin(_ => { });
        var dynamicEntity = new DelegatePlugin(_ => { });
        _org.RegisterStep(Steps.On("SetState", TestOrg.Widget, PipelineStage.PostOperation), setState);
        _org.RegisterStep(Steps.On("SetStateDynamicEntity", TestOrg.Widget, PipelineStage.PostOperation, postImage: "post"), dynamicEntity);

        var request = SetState(id, 1, -1);
        request.RequestName = "SetStateDynamicEntity";
        _org.CreateService().Execute(request);

        Assert.Equal((0, 1), (setState.Executions, dynamicEntity.Executions));
        Assert.Equal(2, _org.Peek(TestOrg.Widget, id)!.GetAttributeValue<OptionSetValue>("statuscode")!.Value); // -1: the state's default status
    }

    [Fact]
    public void SetState_WithUpdateRouting_AlsoRunsUpdateSteps_WithStateAndStatusInTarget_SharingSharedVariables()
    {
        var org = new InMemoryOrganization(TestOrg.Metadata(), new InMemoryOrganizationOptions { SetStateRouting = SetStateRouting.OwnMessageAndUpdate });
        var id = org.Seed(TestOrg.NewWidget())[0];
        Entity? target = null;
        object? shared = null;
        org.RegisterStep(Steps.On("SetState", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(s => s.Context.SharedVariables["mark"] = "set by SetState"));
        org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation, filter: new[] { "statecode" }), new DelegatePlugin(s =>
        {
            target = s.Target;
            shared = s.Context.SharedVariables.Contains("mark") ? s.Context.SharedVariables["mark"] : null;
        }));

        org.CreateService().Execute(SetState(id, 1, 2));

        Assert.Equal(1, target!.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(2, target.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
        Assert.Equal("set by SetState", shared);
        Assert.Equal(1, org.Peek(TestOrg.Widget, id)!.GetAttributeValue<OptionSetValue>("statecode")!.Value);
    }

    [Fact]
    public void SetState_OfAMissingRow_OrWithoutItsParameters_FaultsAndWritesNothing()
    {
        var missing = Guid.NewGuid();
        var notFound = FaultAssert.Throws(() => _org.CreateService().Execute(SetState(missing, 1, 2)));
        var incomplete = FaultAssert.Throws(() => _org.CreateService().Execute(new OrganizationRequest("SetState") { ["State"] = new OptionSetValue(1) }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, notFound.ErrorCode);
        Assert.Equal(ErrorCodes.InvalidArgument, incomplete.ErrorCode);
        Assert.Contains("EntityMoniker", incomplete.Message);
    }

    [Fact]
    public void MixedUpdate_RunsPreAndPostOperationOnceForOtherColumns_ThenOnceForStateColumns_PreValidationOnce()
    {
        var id = Seeded();
        var log = new List<string>();
        void Log(PluginServices s, string stage) =>
            log.Add(stage + ":" + string.Join(",", s.Target.Attributes.Keys.Where(k => k is not ("modifiedon" or "modifiedby")).OrderBy(k => k, StringComparer.Ordinal))
                + (s.Context.PreEntityImages.Contains("pre") ? " pre=" + s.Context.PreEntityImages["pre"].GetAttributeValue<int>("test_count") : string.Empty));
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreValidation), new DelegatePlugin(s => Log(s, "10")));
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation, preImage: "pre"), new DelegatePlugin(s => Log(s, "20")));
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PostOperation), new DelegatePlugin(s => Log(s, "40")));

        _org.CreateService().Update(new Entity(TestOrg.Widget, id) { ["test_count"] = 7, ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        Assert.Equal(new[]
        {
            "10:statecode,statuscode,test_count",
            "20:test_count pre=1",
            "40:test_count",
            "20:statecode,statuscode pre=7", // the second pass sees the row the first one saved
            "40:statecode,statuscode",
        }, log);
        var row = _org.Peek(TestOrg.Widget, id)!;
        Assert.Equal((7, 1), (row.GetAttributeValue<int>("test_count"), row.GetAttributeValue<OptionSetValue>("statecode")!.Value));
    }

    [Fact]
    public void MixedUpdate_FailingInTheStatePass_RollsBackTheFirstPass()
    {
        var id = Seeded();
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation, filter: new[] { "statecode" }), new DelegatePlugin(_ => throw new InvalidPluginExecutionException("no exit")));

        FaultAssert.Throws(() => _org.CreateService().Update(new Entity(TestOrg.Widget, id) { ["test_count"] = 7, ["statecode"] = new OptionSetValue(1) }));

        Assert.Equal(1, _org.Peek(TestOrg.Widget, id)!.GetAttributeValue<int>("test_count"));
    }

    private static OrganizationRequest SetState(Guid id, int state, int status) => new("SetState")
    {
        ["EntityMoniker"] = new EntityReference(TestOrg.Widget, id),
        ["State"] = new OptionSetValue(state),
        ["Status"] = new OptionSetValue(status),
    };

    [Fact]
    public void Retrieve_ReturnsClones_AndCreateNeverTouchesTheCallersEntity()
    {
        var service = _org.CreateService();
        var mine = new Entity(TestOrg.Widget) { ["test_name"] = "original", ["test_amount"] = new Money(5m) };
        var id = service.Create(mine);
        mine["test_name"] = "changed after create";
        ((Money)mine["test_amount"]).Value = 99m;

        var first = service.Retrieve(TestOrg.Widget, id, new ColumnSet(true));
        first["test_name"] = "changed after retrieve";
        first.GetAttributeValue<Money>("test_amount")!.Value = 42m;
        var second = service.Retrieve(TestOrg.Widget, id, new ColumnSet(true));

        Assert.Equal(Guid.Empty, mine.Id);
        Assert.Equal("original", second.GetAttributeValue<string>("test_name"));
        Assert.Equal(5m, second.GetAttributeValue<Money>("test_amount")!.Value);
        Assert.NotSame(first, second);
    }

    [Fact]
    public void InvalidPluginExecutionException_SurfacesAsFaultWithIsvAbortedCodeMessageAndDetails()
    {
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(_ =>
            throw new InvalidPluginExecutionException(OperationStatus.Failed, "Move the journey one stage at a time.", new Dictionary<string, string> { ["failedRecordIndex"] = "0" })));

        var fault = FaultAssert.Throws(() => _org.CreateService().Create(TestOrg.NewWidget()));

        Assert.Equal(-2147220891, fault.ErrorCode);
        Assert.Equal("Move the journey one stage at a time.", fault.Message);
        Assert.Equal("0", fault.ErrorDetails["failedRecordIndex"]);
    }

    [Fact]
    public void OtherException_SurfacesAsGenericIsvUnexpectedFault()
    {
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(_ => throw new InvalidOperationException("internal detail")));

        var fault = FaultAssert.Throws(() => _org.CreateService().Create(TestOrg.NewWidget()));

        Assert.Equal(-2147220956, fault.ErrorCode);
        Assert.Equal("An unexpected error occurred from ISV code.", fault.Message);
        Assert.Contains("internal detail", fault.TraceText);
    }
}
