using System;
using System.Linq;
using DataverseFunnel.InMemory.Tests.TestSupport;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Tests.Pipeline;

/// <summary>Registering steps from [StepRegistration] attributes and from StepDefinitions; impossible ones are refused.</summary>
public sealed class RegistrationTests
{
    private readonly InMemoryOrganization _org = TestOrg.Create();

    [Fact]
    public void RegisterPlugin_ReadsEveryDeclaredStep_AndTheyRun()
    {
        var steps = _org.RegisterPlugin<StampingPlugin>();

        var id = _org.CreateService().Create(TestOrg.NewWidget());

        Assert.Equal(2, steps.Count);
        Assert.Equal("stamped", _org.Peek(TestOrg.Widget, id)!["test_code"]);
        Assert.Equal(new[] { 20 }, new[] { _org.StepAudit[0].Stage });
        Assert.Equal(typeof(StampingPlugin).FullName, _org.StepAudit[0].PluginTypeName);
    }

    [Theory]
    [InlineData("Delete", PipelineStage.PostOperation, ExecutionMode.Synchronous, null, "post", null, "post-image on Delete")]
    [InlineData("Update", PipelineStage.PreOperation, ExecutionMode.Synchronous, null, "post", null, "post-image outside PostOperation")]
    [InlineData("Create", PipelineStage.PreOperation, ExecutionMode.Synchronous, "pre", null, null, "pre-image on Create")]
    [InlineData("Update", PipelineStage.PreOperation, ExecutionMode.Asynchronous, null, null, null, "async outside PostOperation")]
    [InlineData("Create", PipelineStage.PreOperation, ExecutionMode.Synchronous, null, null, "test_name", "filtering attributes on Create")]
    public void RegisterStep_ImpossibleCombination_IsRejectedWithAClearMessage(string message, PipelineStage stage, ExecutionMode mode, string? pre, string? post, string? filter, string because)
    {
        var step = Steps.On(message, TestOrg.Widget, stage, mode: mode, preImage: pre, postImage: post, filter: filter is null ? null : new[] { filter });

        var error = Assert.Throws<StepRegistrationException>(() => _org.RegisterStep(step, new DelegatePlugin(_ => { })));

        Assert.False(string.IsNullOrWhiteSpace(error.Message), because);
        Assert.Empty(_org.Steps);
    }

    [Fact]
    public void RegisterStep_UnknownTableOrColumn_IsRejected()
    {
        Assert.Contains("nosuch_table", Assert.Throws<StepRegistrationException>(() =>
            _org.RegisterStep(Steps.On("Create", "nosuch_table", PipelineStage.PreOperation), new DelegatePlugin(_ => { }))).Message);
        Assert.Contains("test_nosuch", Assert.Throws<StepRegistrationException>(() =>
            _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation, filter: new[] { "test_nosuch" }), new DelegatePlugin(_ => { }))).Message);
    }

    [Fact]
    public void RegisterStep_OnAssign_PointsToUpdateInstead()
    {
        var error = Assert.Throws<StepRegistrationException>(() =>
            _org.RegisterStep(Steps.On("Assign", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(_ => { })));

        Assert.Contains("register on Update", error.Message);
    }

    [Fact]
    public void RegisterStep_InOneLine_WithNamedOptionalParameters_RunsAsDeclared()
    {
        var step = _org.RegisterStep<CountingPlugin>("Update", TestOrg.Widget, PipelineStage.PreOperation, rank: 3, filteringAttributes: new[] { "test_count" }, preImage: "pre", preImageColumns: new[] { "test_count" });
        var id = _org.Seed(TestOrg.NewWidget(count: 1))[0];

        _org.CreateService().Update(new Entity(TestOrg.Widget, id) { ["test_name"] = "not filtered" });
        _org.CreateService().Update(new Entity(TestOrg.Widget, id) { ["test_count"] = 2 });

        var executions = _org.StepAudit.Where(e => e.StepId == step.Id).ToArray();
        Assert.Single(executions);
        Assert.Equal((3, "pre"), (step.Rank, step.PreImage!.Alias));
        Assert.Equal(new[] { "pre test_count=1" }, executions[0].Traces);
        Assert.Equal(step.Id, new InMemoryOrganization(TestOrg.Metadata()).RegisterStep<CountingPlugin>("Update", TestOrg.Widget, PipelineStage.PreOperation, rank: 3, filteringAttributes: new[] { "test_count" }, preImage: "pre", preImageColumns: new[] { "test_count" }).Id);
    }

    [Fact]
    public void RegisterStep_InOneLine_IsValidatedLikeAnyStep()
    {
        var error = Assert.Throws<StepRegistrationException>(() => _org.RegisterStep<CountingPlugin>("Update", TestOrg.Widget, PipelineStage.PreOperation, filteringAttributes: new[] { "no_such_column" }));

        Assert.Contains("no_such_column", error.Message);
    }

    public sealed class CountingPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
            tracing.Trace("pre test_count={0}", context.PreEntityImages["pre"].GetAttributeValue<int>("test_count"));
        }
    }

    [Fact]
    public void RegisterStep_SameIdTwice_IsRejected()
    {
        var step = Steps.On("Create", TestOrg.Widget, PipelineStage.PreOperation);
        _org.RegisterStep(step, new DelegatePlugin(_ => { }));

        Assert.Throws<ArgumentException>(() => _org.RegisterStep(step, new DelegatePlugin(_ => { })));
    }

    [Fact]
    public void ExecutePlugin_Direct_RunsOneStepWithImagesAndLetsTheExceptionThrough()
    {
        var pre = new Entity(TestOrg.Widget, new Guid("00000000-0000-0000-0000-000000000042")) { ["test_count"] = 1, ["test_name"] = "old" };
        var target = new Entity(TestOrg.Widget, pre.Id) { ["test_count"] = 99 };

        var error = Assert.Throws<InvalidPluginExecutionException>(() => _org.ExecutePlugin<GuardPlugin>(target, preImage: pre));
        var run = _org.ExecutePlugin<GuardPlugin>(new Entity(TestOrg.Widget, pre.Id) { ["test_count"] = 2 }, preImage: pre);

        Assert.Equal("Counts only grow by one.", error.Message);
        Assert.Equal("Update", run.Context.MessageName);
        Assert.False(run.Context.PreEntityImages["pre"].Contains("test_name"));
        Assert.Equal(new[] { "from 1 to 2" }, run.Traces);
    }

    [Fact]
    public void ExecutePlugin_Direct_RollsBackChildWritesWhenThePluginThrows()
    {
        var step = Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation);
        var plugin = new DelegatePlugin(s =>
        {
            s.Service().Create(new Entity("account") { ["name"] = "child" });
            throw new InvalidPluginExecutionException("after the child write");
        });
        var accounts = _org.Count("account");

        Assert.Throws<InvalidPluginExecutionException>(() => _org.ExecutePlugin(plugin, step, TestOrg.NewWidget()));

        Assert.Equal(accounts, _org.Count("account"));
        Assert.False(Assert.Single(_org.StepAudit).Succeeded);
    }

    [StepRegistration("6c1f7a7e-0001-4b8e-9a53-1b1f2a3c4d01", "Create", TestOrg.Widget, PipelineStage.PreOperation, ExecutionMode.Synchronous)]
    [StepRegistration("6c1f7a7e-0002-4b8e-9a53-1b1f2a3c4d02", "Update", TestOrg.Widget, PipelineStage.PreOperation, ExecutionMode.Synchronous, FilteringAttributes = new[] { "test_name" })]
    public sealed class StampingPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            ((Entity)context.InputParameters["Target"])["test_code"] = "stamped";
        }
    }

    [StepRegistration("6c1f7a7e-0003-4b8e-9a53-1b1f2a3c4d03", "Update", TestOrg.Widget, PipelineStage.PreValidation, ExecutionMode.Synchronous,
        FilteringAttributes = new[] { "test_count" }, PreImageAlias = "pre", PreImageAttributes = new[] { "test_count" })]
    public sealed class GuardPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
            var before = context.PreEntityImages["pre"].GetAttributeValue<int>("test_count");
            var after = ((Entity)context.InputParameters["Target"]).GetAttributeValue<int>("test_count");
            if (after > before + 1) throw new InvalidPluginExecutionException("Counts only grow by one.");
            tracing.Trace("from {0} to {1}", before, after);
        }
    }
}
