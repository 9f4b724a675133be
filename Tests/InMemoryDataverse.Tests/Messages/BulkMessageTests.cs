using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.InMemory.Tests.TestSupport;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseFunnel.InMemory.Tests.Messages;

/// <summary>CreateMultiple/UpdateMultiple and the merged single/bulk pipeline (harness notes 6.10).</summary>
public sealed class BulkMessageTests
{
    private readonly InMemoryOrganization _org = TestOrg.Create();

    private static EntityCollection Widgets(params Entity[] entities) => new(entities.ToList()) { EntityName = TestOrg.Widget };

    [Fact]
    public void CreateMultiple_FiresCreateStepsPerRow_BulkStepsOnce_AndReturnsIds()
    {
        var perRow = 0;
        object? bulkIds = null;
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(_ => perRow++));
        _org.RegisterStep(Steps.On("CreateMultiple", TestOrg.Widget, PipelineStage.PostOperation), new DelegatePlugin(s => bulkIds = s.Context.OutputParameters["Ids"]));

        var response = (CreateMultipleResponse)_org.CreateService().Execute(new CreateMultipleRequest { Targets = Widgets(TestOrg.NewWidget("a"), TestOrg.NewWidget("b")) });

        Assert.Equal(2, perRow);
        Assert.Equal(2, response.Ids!.Length);
        Assert.Equal(response.Ids, (Guid[])bulkIds!);
        Assert.Equal(2, _org.Count(TestOrg.Widget));
    }

    [Fact]
    public void SingleCreate_AlsoFiresBulkStepsWithOneTarget()
    {
        var targets = new List<int>();
        _org.RegisterStep(Steps.On("CreateMultiple", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(s =>
            targets.Add(((EntityCollection)s.Context.InputParameters["Targets"]).Entities.Count)));

        _org.CreateService().Create(TestOrg.NewWidget());

        Assert.Equal(new[] { 1 }, targets);
    }

    [Fact]
    public void BulkStepEdits_ReachTheSingleStepsAndTheStore_BecauseTargetsAreShared()
    {
        string? seenBySingle = null;
        _org.RegisterStep(Steps.On("CreateMultiple", TestOrg.Widget, PipelineStage.PreValidation), new DelegatePlugin(s =>
        {
            foreach (var target in ((EntityCollection)s.Context.InputParameters["Targets"]).Entities) target["test_code"] = "BULK";
        }));
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(s => seenBySingle = s.Target.GetAttributeValue<string>("test_code")));

        var id = _org.CreateService().Create(TestOrg.NewWidget());

        Assert.Equal("BULK", seenBySingle);
        Assert.Equal("BULK", _org.Peek(TestOrg.Widget, id)!["test_code"]);
    }

    [Fact]
    public void CreateMultiple_AnyRowFailing_RollsBackTheWholeRequest()
    {
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation), new DelegatePlugin(s =>
        {
            if (s.Target.GetAttributeValue<string>("test_name") == "bad") throw new InvalidPluginExecutionException("row 3 is bad");
        }));

        FaultAssert.Throws(() => _org.CreateService().Execute(new CreateMultipleRequest { Targets = Widgets(TestOrg.NewWidget("a"), TestOrg.NewWidget("b"), TestOrg.NewWidget("bad")) }));

        Assert.Equal(0, _org.Count(TestOrg.Widget));
    }

    [Fact]
    public void UpdateMultiple_FilteredBulkStep_RunsWhenAnyTargetHasAFilteredColumn()
    {
        var ids = _org.Seed(TestOrg.NewWidget("a", 1), TestOrg.NewWidget("b", 1));
        var bulkRuns = 0;
        var singleRuns = 0;
        _org.RegisterStep(Steps.On("UpdateMultiple", TestOrg.Widget, PipelineStage.PreOperation, filter: new[] { "test_stage" }), new DelegatePlugin(_ => bulkRuns++));
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation, filter: new[] { "test_stage" }), new DelegatePlugin(_ => singleRuns++));
        var service = _org.CreateService();

        service.Execute(new UpdateMultipleRequest { Targets = Widgets(new Entity(TestOrg.Widget, ids[0]) { ["test_count"] = 2 }, new Entity(TestOrg.Widget, ids[1]) { ["test_count"] = 2 }) });
        Assert.Equal((0, 0), (bulkRuns, singleRuns));

        service.Execute(new UpdateMultipleRequest { Targets = Widgets(new Entity(TestOrg.Widget, ids[0]) { ["test_count"] = 3 }, new Entity(TestOrg.Widget, ids[1]) { ["test_stage"] = new OptionSetValue(2) }) });
        Assert.Equal((1, 1), (bulkRuns, singleRuns));
    }

    [Fact]
    public void UpdateMultiple_ImageArraysAreAlignedWithTargets()
    {
        var ids = _org.Seed(TestOrg.NewWidget("a", 1), TestOrg.NewWidget("b", 2));
        var pre = new List<int>();
        var post = new List<int>();
        _org.RegisterStep(Steps.On("UpdateMultiple", TestOrg.Widget, PipelineStage.PostOperation, preImage: "pre", postImage: "post"), new DelegatePlugin(s =>
        {
            for (var i = 0; i < s.Context.PreEntityImagesCollection.Length; i++)
            {
                pre.Add(s.Context.PreEntityImagesCollection[i]["pre"].GetAttributeValue<int>("test_count"));
                post.Add(s.Context.PostEntityImagesCollection[i]["post"].GetAttributeValue<int>("test_count"));
            }
        }));

        _org.CreateService().Execute(new UpdateMultipleRequest { Targets = Widgets(new Entity(TestOrg.Widget, ids[0]) { ["test_count"] = 10 }, new Entity(TestOrg.Widget, ids[1]) { ["test_count"] = 20 }) });

        Assert.Equal(new[] { 1, 2 }, pre);
        Assert.Equal(new[] { 10, 20 }, post);
    }
}
