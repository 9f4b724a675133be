using System;
using DataverseFunnel.InMemory.Bpf;
using DataverseFunnel.InMemory.Tests.TestSupport;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Tests.Bpf;

/// <summary>Business process flow instances: start at the first stage, move one stage at a time, finish at the last.</summary>
public sealed class BusinessProcessFlowTests
{
    private readonly InMemoryOrganization _org = TestOrg.Create();
    private readonly IOrganizationService _service;
    private readonly Guid _widget;

    public BusinessProcessFlowTests()
    {
        _service = _org.CreateService();
        _widget = _service.Create(TestOrg.NewWidget());
    }

    private Entity Instance(Guid id) => _org.Peek(TestOrg.Flow, id)!;

    private void MoveTo(Guid instance, Guid stage) =>
        _service.Update(new Entity(TestOrg.Flow, instance) { [BusinessProcessFlowTable.ActiveStageId] = new EntityReference("processstage", stage) });

    [Fact]
    public void Seed_CreatesTheWorkflowAndProcessStageRows()
    {
        var stages = _service.RetrieveMultiple(new QueryByAttribute("processstage") { ColumnSet = new ColumnSet("stagename"), Attributes = { "processid" }, Values = { TestOrg.FlowId } });

        Assert.NotNull(_org.Peek("workflow", TestOrg.FlowId));
        Assert.Equal(3, stages.Entities.Count);
    }

    [Fact]
    public void CreateInstance_StartsAtTheFirstStage()
    {
        var id = _org.CreateBusinessProcessFlowInstance(TestOrg.Flow, new EntityReference(TestOrg.Widget, _widget));

        var instance = Instance(id);
        Assert.Equal(TestOrg.Stage1, instance.GetAttributeValue<EntityReference>("activestageid")!.Id);
        Assert.Equal(TestOrg.Stage1.ToString(), instance["traversedpath"]);
        Assert.Equal(TestOrg.FlowId, instance.GetAttributeValue<EntityReference>("processid")!.Id);
        Assert.Equal(_widget, instance.GetAttributeValue<EntityReference>("bpf_test_widgetid")!.Id);
        Assert.Equal(1, instance.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    [Fact]
    public void MoveToNextStage_AppendsToTraversedPath_AndBackTrimsIt()
    {
        var id = _org.CreateBusinessProcessFlowInstance(TestOrg.Flow, new EntityReference(TestOrg.Widget, _widget));

        MoveTo(id, TestOrg.Stage2);
        Assert.Equal($"{TestOrg.Stage1},{TestOrg.Stage2}", Instance(id)["traversedpath"]);

        MoveTo(id, TestOrg.Stage1);
        Assert.Equal(TestOrg.Stage1.ToString(), Instance(id)["traversedpath"]);
        Assert.Equal(TestOrg.Stage1, Instance(id).GetAttributeValue<EntityReference>("activestageid")!.Id);
    }

    [Fact]
    public void SkippingAStage_FaultsAndLeavesTheInstanceUnchanged()
    {
        var id = _org.CreateBusinessProcessFlowInstance(TestOrg.Flow, new EntityReference(TestOrg.Widget, _widget));

        var fault = FaultAssert.Throws(() => MoveTo(id, TestOrg.Stage3));

        Assert.Contains("you must only move to the next or previous stage", fault.Message);
        Assert.Equal(TestOrg.Stage1, Instance(id).GetAttributeValue<EntityReference>("activestageid")!.Id);
    }

    [Fact]
    public void Finish_OnlyAtTheLastStage()
    {
        var id = _org.CreateBusinessProcessFlowInstance(TestOrg.Flow, new EntityReference(TestOrg.Widget, _widget));
        var finish = new Entity(TestOrg.Flow, id) { ["statuscode"] = new OptionSetValue(BusinessProcessFlowTable.StatusFinished) };

        FaultAssert.Throws(() => _service.Update(finish));
        MoveTo(id, TestOrg.Stage2);
        MoveTo(id, TestOrg.Stage3);
        _service.Update(finish);

        var instance = Instance(id);
        Assert.Equal(1, instance.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(2, instance.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
        Assert.True(instance.Contains("completedon"));
    }

    [Fact]
    public void StageMove_FiresUpdateStepsFilteredOnActiveStage_WithThePreImage()
    {
        var id = _org.CreateBusinessProcessFlowInstance(TestOrg.Flow, new EntityReference(TestOrg.Widget, _widget));
        Guid? from = null;
        _org.RegisterStep(Steps.On("Update", TestOrg.Flow, PipelineStage.PreValidation, filter: new[] { "activestageid" }, preImage: "pre", preColumns: new[] { "activestageid" }),
            new DelegatePlugin(s => from = s.Context.PreEntityImages["pre"].GetAttributeValue<EntityReference>("activestageid")!.Id));

        MoveTo(id, TestOrg.Stage2);

        Assert.Equal(TestOrg.Stage1, from);
    }
}
