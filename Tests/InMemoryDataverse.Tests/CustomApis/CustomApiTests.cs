using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.CustomApis;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Tests.TestSupport;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Tests.CustomApis;

/// <summary>Custom APIs defined in code: parameter checks, the stages around the main operation, rollback, step rules.</summary>
public sealed class CustomApiTests
{
    private const string Sum = "test_Sum";
    private readonly InMemoryOrganization _org = TestOrg.Create();

    private static CustomApiDefinition SumApi(CustomApiStepType steps = CustomApiStepType.SyncAndAsync) =>
        new CustomApiBuilder(Sum)
            .Request("A", CustomApiFieldType.Integer)
            .Request("B", CustomApiFieldType.Integer, isOptional: true)
            .Response("Total", CustomApiFieldType.Integer)
            .AllowedSteps(steps)
            .Plugin<SumPlugin>()
            .Build();

    private OrganizationResponse Execute(string message, params (string Key, object? Value)[] parameters)
    {
        var request = new OrganizationRequest(message);
        foreach (var (key, value) in parameters) request[key] = value!;
        return _org.CreateService().Execute(request);
    }

    [Fact]
    public void Execute_RunsTheBoundPluginAndReturnsItsResponseProperties()
    {
        _org.RegisterCustomApi<SumPlugin>(SumApi());

        var response = Execute(Sum, ("A", 2), ("B", 40));

        Assert.Equal(Sum, response.ResponseName);
        Assert.Equal(42, response.Results["Total"]);
        Assert.Equal(Sum, Assert.Single(_org.CustomApis).UniqueName);
    }

    [Fact]
    public void Execute_AnOptionalParameterMayBeLeftOut()
    {
        _org.RegisterCustomApi<SumPlugin>(SumApi());

        Assert.Equal(5, Execute(Sum, ("A", 5)).Results["Total"]);
    }

    [Fact]
    public void Execute_RefusesAMissingRequiredParameter_AnUnknownOne_AndAWrongType()
    {
        _org.RegisterCustomApi<SumPlugin>(SumApi());

        var missing = FaultAssert.Throws(() => Execute(Sum, ("B", 1)));
        var unknown = FaultAssert.Throws(() => Execute(Sum, ("A", 1), ("C", 1)));
        var wrongType = FaultAssert.Throws(() => Execute(Sum, ("A", "one")));

        Assert.Equal(ErrorCodes.InvalidArgument, missing.ErrorCode);
        Assert.Contains("'A'", missing.Message);
        Assert.Equal(ErrorCodes.InvalidArgument, unknown.ErrorCode);
        Assert.Contains("'C' is not a parameter of test_Sum", unknown.Message);
        Assert.Equal(ErrorCodes.InvalidArgument, wrongType.ErrorCode);
        Assert.Contains("Integer", wrongType.Message);
    }

    [Fact]
    public void Execute_RunsPreValidationPreOperationMainOperationPostOperation_InOrder_WithOutputOnlyFromTheMainOperation()
    {
        var seen = new List<string>();
        _org.RegisterCustomApi(SumApi(), new DelegatePlugin(s =>
        {
            seen.Add($"{s.Context.Stage}:{s.Context.MessageName}:{s.Context.PrimaryEntityName}");
            s.Context.OutputParameters["Total"] = (int)s.Context.InputParameters["A"] * 10;
        }));
        _org.RegisterStep(Steps.On(Sum, "none", PipelineStage.PostOperation), new DelegatePlugin(s => seen.Add($"40:Total={s.Context.OutputParameters["Total"]}")));
        _org.RegisterStep(Steps.On(Sum, "none", PipelineStage.PreOperation), new DelegatePlugin(s => seen.Add($"20:outputs={s.Context.OutputParameters.Count}")));
        _org.RegisterStep(Steps.On(Sum, "none", PipelineStage.PreValidation), new DelegatePlugin(s => s.Context.InputParameters["A"] = 7));

        var response = Execute(Sum, ("A", 1));

        Assert.Equal(new[] { "20:outputs=0", "30:test_Sum:none", "40:Total=70" }, seen);
        Assert.Equal(70, response.Results["Total"]);
    }

    [Fact]
    public void Execute_APluginRefusal_FaultsWithItsMessage_AndRollsBackWhatTheMainOperationWrote()
    {
        _org.RegisterCustomApi(SumApi(), new DelegatePlugin(s =>
        {
            s.Service().Create(new Entity("account") { ["name"] = "written by the main operation" });
            s.Context.OutputParameters["Total"] = 1;
        }));
        _org.RegisterStep(Steps.On(Sum, "none", PipelineStage.PostOperation), new DelegatePlugin(_ => throw new InvalidPluginExecutionException("totals are closed today")));

        var fault = FaultAssert.Throws(() => Execute(Sum, ("A", 1)));

        Assert.Equal(ErrorCodes.IsvAborted, fault.ErrorCode);
        Assert.Equal("totals are closed today", fault.Message);
        Assert.Equal(0, _org.Count("account"));
    }

    [Fact]
    public void Execute_AResponsePropertyOfTheWrongType_IsAnError()
    {
        _org.RegisterCustomApi(SumApi(), new DelegatePlugin(s => s.Context.OutputParameters["Total"] = "forty-two"));

        var fault = FaultAssert.Throws(() => Execute(Sum, ("A", 1)));

        Assert.Contains("'Total'", fault.Message);
    }

    [Fact]
    public void BoundApi_NeedsATargetOfItsTable_ThatExists_AndSeesItAsThePrimaryEntity()
    {
        var api = new CustomApiBuilder("test_Touch").BoundTo(TestOrg.Widget).Response("Name", CustomApiFieldType.String).Build();
        _org.RegisterCustomApi(api, new DelegatePlugin(s =>
        {
            var target = (EntityReference)s.Context.InputParameters["Target"];
            s.Context.OutputParameters["Name"] = $"{s.Context.PrimaryEntityName}:{s.Context.PrimaryEntityId == target.Id}";
        }));
        var id = _org.CreateService().Create(TestOrg.NewWidget());

        var response = Execute("test_Touch", ("Target", new EntityReference(TestOrg.Widget, id)));
        var noTarget = FaultAssert.Throws(() => Execute("test_Touch"));
        var missingRow = FaultAssert.Throws(() => Execute("test_Touch", ("Target", new EntityReference(TestOrg.Widget, Guid.NewGuid()))));
        var otherTable = FaultAssert.Throws(() => Execute("test_Touch", ("Target", new EntityReference("account", id))));

        Assert.Equal($"{TestOrg.Widget}:True", response.Results["Name"]);
        Assert.Contains("Target", noTarget.Message);
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, missingRow.ErrorCode);
        Assert.Contains("account", otherTable.Message);
    }

    [Fact]
    public void Steps_FollowAllowedCustomProcessingStepType()
    {
        _org.RegisterCustomApi<SumPlugin>(SumApi(CustomApiStepType.AsyncOnly));
        var plugin = new DelegatePlugin(_ => { });

        Assert.Throws<StepRegistrationException>(() => _org.RegisterStep(Steps.On(Sum, "none", PipelineStage.PreOperation), plugin));
        _org.RegisterStep(Steps.On(Sum, "none", PipelineStage.PostOperation, mode: ExecutionMode.Asynchronous), plugin);

        var closed = new InMemoryOrganization();
        closed.RegisterCustomApi<SumPlugin>(SumApi(CustomApiStepType.None));
        Assert.Throws<StepRegistrationException>(() => closed.RegisterStep(Steps.On(Sum, "none", PipelineStage.PostOperation, mode: ExecutionMode.Asynchronous), plugin));
    }

    [Fact]
    public void Register_RefusesANameTheOrgAlreadyHas_AndAnUnknownBoundTable()
    {
        Assert.Throws<StepRegistrationException>(() => _org.RegisterCustomApi(new CustomApiBuilder("Create").Build(), (Type?)null));
        Assert.Throws<StepRegistrationException>(() => _org.RegisterCustomApi(new CustomApiBuilder("test_X").BoundTo("nosuchtable").Build(), (Type?)null));
    }

    /// <summary>Total = A + B (B defaults to 0).</summary>
    public sealed class SumPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var b = context.InputParameters.TryGetValue("B", out var value) ? (int)value : 0;
            context.OutputParameters["Total"] = (int)context.InputParameters["A"] + b;
        }
    }
}
