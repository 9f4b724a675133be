using DataverseFunnel.InMemory.Metadata;

namespace DataverseFunnel.InMemory.Bpf;

/// <summary>The columns of a business process flow instance table, as Dataverse generates them.</summary>
public static class BusinessProcessFlowTable
{
    public const string PrimaryKey = "businessprocessflowinstanceid";
    public const string Name = "bpf_name";
    public const string ProcessId = "processid";
    public const string ActiveStageId = "activestageid";
    public const string ActiveStageStartedOn = "activestagestartedon";
    public const string TraversedPath = "traversedpath";
    public const string CompletedOn = "completedon";

    /// <summary>statuscode values of an instance.</summary>
    public const int StatusActive = 1;
    public const int StatusFinished = 2;
    public const int StatusAborted = 3;

    internal static void Declare(TableBuilder table, BusinessProcessFlowDefinition flow) => table
        .PrimaryKey(PrimaryKey)
        .States(new StateOption(0, "Active", new[] { StatusActive }), new StateOption(1, "Inactive", new[] { StatusFinished, StatusAborted }))
        .PrimaryName(Name, 200)
        .Lookup(flow.RecordLookupColumn, flow.PrimaryEntity)
        .Lookup(ProcessId, "workflow")
        .Lookup(ActiveStageId, "processstage")
        .DateTime(ActiveStageStartedOn)
        .String(TraversedPath, 1250)
        .DateTime(CompletedOn);
}
