using System;
using System.Linq;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Tests.TestSupport;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseFunnel.InMemory.Tests.Messages;

/// <summary>The messages a Web API client sends besides CRUD: WhoAmI, ExecuteMultiple, Upsert.</summary>
public sealed class ClientMessagesTests
{
    private readonly InMemoryOrganization _org = TestOrg.Create();

    [Fact]
    public void WhoAmI_AnswersTheCallingUser_ItsBusinessUnit_AndTheOrganization()
    {
        var user = Guid.NewGuid();

        var response = _org.CreateService(user).Execute(new OrganizationRequest("WhoAmI"));

        Assert.Equal(user, response["UserId"]);
        Assert.Equal(_org.Options.BusinessUnitId, response["BusinessUnitId"]);
        Assert.Equal(_org.Options.OrganizationId, response["OrganizationId"]);
    }

    [Theory]
    [InlineData(true, true, 6, 2)]
    [InlineData(false, true, 3, 1)]
    [InlineData(true, false, 2, 2)]
    [InlineData(false, false, 1, 1)]
    public void ExecuteMultiple_SixRequestsWithTheThirdAndFifthFailing_AnswersAsTheDocsTable(bool continueOnError, bool returnResponses, int items, int faults)
    {
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = continueOnError, ReturnResponses = returnResponses },
            Requests = new OrganizationRequestCollection(),
        };
        for (var i = 0; i < 6; i++)
        {
            request.Requests.Add(i is 2 or 4
                ? new DeleteRequest { Target = new EntityReference(TestOrg.Widget, Guid.NewGuid()) }
                : new CreateRequest { Target = TestOrg.NewWidget("w" + i) });
        }

        var response = (ExecuteMultipleResponse)_org.CreateService().Execute(request);

        Assert.True(response.IsFaulted);
        Assert.Equal(items, response.Responses.Count);
        Assert.Equal(faults, response.Responses.Count(r => r.Fault is not null));
        Assert.All(response.Responses.Where(r => r.Fault is not null), r => Assert.Contains(r.RequestIndex, new[] { 2, 4 }));
        Assert.Equal(continueOnError ? 4 : 2, _org.Count(TestOrg.Widget)); // each request is its own transaction
        if (returnResponses) Assert.IsType<CreateResponse>(response.Responses[0].Response);
    }

    [Fact]
    public void ExecuteMultiple_OverTheBatchLimit_FaultsBeforeAnyRequestRuns_NamingTheLimit()
    {
        var request = new ExecuteMultipleRequest { Settings = new ExecuteMultipleSettings { ContinueOnError = true }, Requests = new OrganizationRequestCollection() };
        for (var i = 0; i < 1001; i++) request.Requests.Add(new CreateRequest { Target = TestOrg.NewWidget() });

        var fault = FaultAssert.Throws(() => _org.CreateService().Execute(request));

        Assert.Equal(1000, fault.ErrorDetails["MaxBatchSize"]);
        Assert.Contains("1001", fault.Message);
        Assert.Equal(0, _org.Count(TestOrg.Widget));
    }

    [Fact]
    public void ExecuteMultiple_Nested_FaultsThatItemOnly()
    {
        var inner = new ExecuteMultipleRequest { Settings = new ExecuteMultipleSettings(), Requests = new OrganizationRequestCollection() };
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
            Requests = new OrganizationRequestCollection { inner, new CreateRequest { Target = TestOrg.NewWidget() } },
        };

        var response = (ExecuteMultipleResponse)_org.CreateService().Execute(request);

        Assert.Equal(ErrorCodes.InvalidArgument, response.Responses[0].Fault!.ErrorCode);
        Assert.NotNull(response.Responses[1].Response);
        Assert.Equal(1, _org.Count(TestOrg.Widget));
    }

    [Fact]
    public void ExecuteMultiple_WithoutSettings_FaultsNamingTheParameter()
    {
        var fault = FaultAssert.Throws(() => _org.CreateService().Execute(new ExecuteMultipleRequest { Requests = new OrganizationRequestCollection() }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("Settings", fault.Message);
    }

    [Fact]
    public void Upsert_CreatesWhenTheRowIsMissing_UpdatesWhenItExists_RunningThatMessagesSteps()
    {
        var creates = new DelegatePlugin(_ => { });
        var updates = new DelegatePlugin(_ => { });
        _org.RegisterStep(Steps.On("Create", TestOrg.Widget, PipelineStage.PreOperation), creates);
        _org.RegisterStep(Steps.On("Update", TestOrg.Widget, PipelineStage.PreOperation), updates);
        var id = Guid.NewGuid();
        var service = _org.CreateService();

        var created = (UpsertResponse)service.Execute(new UpsertRequest { Target = new Entity(TestOrg.Widget, id) { ["test_name"] = "first" } });
        var updated = (UpsertResponse)service.Execute(new UpsertRequest { Target = new Entity(TestOrg.Widget, id) { ["test_name"] = "second" } });

        Assert.True(created.RecordCreated);
        Assert.False(updated.RecordCreated);
        Assert.Equal(id, updated.Target!.Id);
        Assert.Equal((1, 1), (creates.Executions, updates.Executions));
        Assert.Equal("second", _org.Peek(TestOrg.Widget, id)!.GetAttributeValue<string>("test_name"));
    }

    [Fact]
    public void UnknownMessage_FaultsNamingIt_AndWritesNothing()
    {
        var fault = FaultAssert.Throws(() => _org.CreateService().Execute(new OrganizationRequest("bowtie_DoesNotExist")));

        Assert.Equal(ErrorCodes.MessageNotSupported, fault.ErrorCode);
        Assert.Contains("bowtie_DoesNotExist", fault.Message);
    }
}
