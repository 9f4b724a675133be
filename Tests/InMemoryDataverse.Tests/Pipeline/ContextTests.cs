using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Tests.TestSupport;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace DataverseFunnel.InMemory.Tests.Pipeline;

/// <summary>What a step's context and service provider hold: versions, parameters, system columns, depth, users, tracing.</summary>
public sealed class ContextTests
{
    private readonly InMemoryOrganization _org = TestOrg.Create();

    [Fact]
    public void GetService_EveryContextVersion_IsTheSameObject()
    {
        var contexts = new List<object?>();
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(s =>
        {
            foreach (var type in new[] { typeof(IExecutionContext), typeof(IPluginExecutionContext), typeof(IPluginExecutionContext2), typeof(IPluginExecutionContext3),
                         typeof(IPluginExecutionContext4), typeof(IPluginExecutionContext5), typeof(IPluginExecutionContext6), typeof(IPluginExecutionContext7) })
            {
                contexts.Add(s.Provider.GetService(type));
            }

            contexts.Add(s.Provider.GetService(typeof(ILogger)) is null ? null : s.Context);
            contexts.Add(s.Provider.GetService(typeof(string)) ?? s.Context);
        }));

        _org.CreateService().Create(TestOrg.NewWidget());

        Assert.Equal(10, contexts.Count);
        Assert.All(contexts, c => Assert.Same(contexts[0], c));
    }

    [Fact]
    public void Create_PreStagesSeeNoSystemColumnsOrId_PostOperationSeesThemAndOutputId()
    {
        var preKeys = new List<string>();
        var preOutputs = -1;
        Entity? postTarget = null;
        object? outputId = null;
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(s =>
        {
            preKeys.AddRange(s.Target.Attributes.Keys);
            preOutputs = s.Context.OutputParameters.Count;
        }));
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation), new DelegatePlugin(s =>
        {
            postTarget = s.Target;
            outputId = s.Context.OutputParameters["id"];
        }));

        var id = _org.CreateService().Create(TestOrg.NewWidget());

        Assert.Equal(new[] { "test_name" }, preKeys);
        Assert.Equal(0, preOutputs);
        Assert.Equal(id, outputId);
        Assert.Equal(id, postTarget!.Id);
        foreach (var column in new[] { "createdon", "modifiedon", "createdby", "ownerid", "statecode", "statuscode" }) Assert.True(postTarget.Contains(column), column);
        Assert.Equal(0, postTarget.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(1, postTarget.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    [Fact]
    public void Update_PreOperationEditsPersist_PostOperationEditsToTargetDoNot()
    {
        var id = _org.Seed(TestOrg.NewWidget("a", 1))[0];
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(s => s.Target["test_name"] = "set by pre-op"));
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PostOperation), new DelegatePlugin(s => s.Target["test_count"] = 999));

        _org.CreateService().Update(new Entity(TestOrg.Widget, id) { ["test_count"] = 2 });

        var stored = _org.Peek(TestOrg.Widget, id)!;
        Assert.Equal("set by pre-op", stored["test_name"]);
        Assert.Equal(2, stored["test_count"]);
    }

    [Fact]
    public void InputParameters_AreTheRequestParameters()
    {
        object? extra = null;
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreValidation), new DelegatePlugin(s => extra = s.Context.InputParameters["tag"]));
        var request = new Microsoft.Xrm.Sdk.Messages.CreateRequest { Target = TestOrg.NewWidget() };
        request["tag"] = "demo";

        _org.CreateService().Execute(request);

        Assert.Equal("demo", extra);
    }

    [Fact]
    public void ChildCall_RunsAtDepthPlusOne_WithParentContext_AndInTransactionFlags()
    {
        var seen = new List<(string Table, int Stage, int Depth, bool InTransaction, bool HasParent)>();
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreValidation), new DelegatePlugin(s =>
            seen.Add((s.Context.PrimaryEntityName, s.Context.Stage, s.Context.Depth, s.Context.IsInTransaction, s.Context.ParentContext is not null))));
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation), new DelegatePlugin(s =>
        {
            seen.Add((s.Context.PrimaryEntityName, s.Context.Stage, s.Context.Depth, s.Context.IsInTransaction, s.Context.ParentContext is not null));
            s.Service().Create(new Entity("account") { ["name"] = "child" });
        }));
        _org.RegisterStep(Steps.On("Create", "account", PipelineStage.PreValidation), new DelegatePlugin(s =>
            seen.Add((s.Context.PrimaryEntityName, s.Context.Stage, s.Context.Depth, s.Context.IsInTransaction, s.Context.ParentContext?.PrimaryEntityName == TestOrg.Widget))));

        _org.CreateService().Create(TestOrg.NewWidget());

        Assert.Equal(new[]
        {
            (TestOrg.Widget, 10, 1, false, false),
            (TestOrg.Widget, 40, 1, true, true),
            ("account", 10, 2, true, true),
        }, seen);
    }

    [Fact]
    public void ServiceFactory_NullIsSystem_EmptyIsContextUser_AndCallerIdStampsCreatedBy()
    {
        var user = _org.Seed(new Entity("systemuser") { ["fullname"] = "Seller" })[0];
        Guid asSystem = Guid.Empty, asContextUser = Guid.Empty;
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PostOperation), new DelegatePlugin(s =>
        {
            asSystem = s.Service(null).Create(new Entity("account") { ["name"] = "by system" });
            asContextUser = s.Service(Guid.Empty).Create(new Entity("account") { ["name"] = "by user" });
        }));
        var service = _org.CreateService();
        service.CallerId = user;

        var widget = service.Create(TestOrg.NewWidget());

        Assert.Equal(user, _org.Peek(TestOrg.Widget, widget)!.GetAttributeValue<EntityReference>("createdby")!.Id);
        Assert.Equal(_org.SystemUserId, _org.Peek("account", asSystem)!.GetAttributeValue<EntityReference>("createdby")!.Id);
        Assert.Equal(user, _org.Peek("account", asContextUser)!.GetAttributeValue<EntityReference>("createdby")!.Id);
    }

    [Fact]
    public void Tracing_IsCapturedPerStepInTheAudit_WithLoggerLines()
    {
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreOperation, name: "tracer"), new DelegatePlugin(s =>
        {
            s.Tracing.Trace("Validated {0}", s.Target["test_name"]);
            ((ILogger)s.Provider.GetService(typeof(ILogger))!).LogInformation("logged");
        }));

        var id = _org.CreateService().Create(TestOrg.NewWidget("w1"));

        var entry = Assert.Single(_org.StepAudit);
        Assert.Equal("tracer", entry.StepName);
        Assert.Equal("Create", entry.MessageName);
        Assert.Equal(20, entry.Stage);
        Assert.Equal(1, entry.Depth);
        Assert.Equal(new[] { "Validated w1", "[Information] logged" }, entry.Traces);
        Assert.True(entry.Succeeded);
        Assert.Equal(Guid.Empty, entry.PrimaryEntityId); // the id is only assigned by the main operation
        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public void PluginInstance_IsCreatedOncePerStepAndReused_WithItsConfiguration()
    {
        ConfiguredPlugin.Instances = 0;
        var step = Steps.On("Create", TestOrg.Widget, PipelineStage.PreOperation, unsecure: "unsecure-value", pluginType: typeof(ConfiguredPlugin).FullName!);
        _org.RegisterStep(step, typeof(ConfiguredPlugin), "secure-value");

        _org.CreateService().Create(TestOrg.NewWidget());
        _org.CreateService().Create(TestOrg.NewWidget());

        Assert.Equal(1, ConfiguredPlugin.Instances);
        Assert.Equal(new[] { "unsecure-value|secure-value|1", "unsecure-value|secure-value|2" }, _org.Traces);
    }

    [Fact]
    public void OperationCreatedOn_AndCreatedOn_ComeFromTheOrgClock()
    {
        DateTime seen = default;
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreOperation), new DelegatePlugin(s => seen = s.Context.OperationCreatedOn));
        _org.AdvanceClock(TimeSpan.FromDays(3));

        var id = _org.CreateService().Create(TestOrg.NewWidget());

        var expected = ManualClock.DefaultStart.UtcDateTime.AddDays(3);
        Assert.Equal(expected, seen);
        Assert.Equal(expected, _org.Peek(TestOrg.Widget, id)!["createdon"]);
    }

    /// <summary>Counts instances and executions (deliberately stateful, to prove the instance is reused).</summary>
    public sealed class ConfiguredPlugin : IPlugin
    {
        private readonly string _unsecure;
        private readonly string _secure;
        private int _runs;

        public ConfiguredPlugin(string unsecure, string secure)
        {
            _unsecure = unsecure;
            _secure = secure;
            Instances++;
        }

        public static int Instances { get; set; }

        public void Execute(IServiceProvider serviceProvider) =>
            ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("{0}|{1}|{2}", _unsecure, _secure, ++_runs);
    }
}
