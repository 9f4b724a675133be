using System;
using System.Collections.Generic;

namespace DataverseFunnel.InMemory.Bpf;

/// <summary>
/// A business process flow: its instance table (named after the flow's unique name), the record table it runs on,
/// its workflow id and its stages in order.
/// </summary>
public sealed record BusinessProcessFlowDefinition(
    string TableName,
    string Name,
    Guid ProcessId,
    string PrimaryEntity,
    IReadOnlyList<BusinessProcessFlowStage> Stages)
{
    /// <summary>The instance column pointing at the record, e.g. "bpf_bowtie_journeyid".</summary>
    public string RecordLookupColumn => "bpf_" + PrimaryEntity + "id";

    /// <summary>The position of a stage in the flow, or -1.</summary>
    public int IndexOf(Guid stageId)
    {
        for (var i = 0; i < Stages.Count; i++)
        {
            if (Stages[i].Id == stageId) return i;
        }

        return -1;
    }
}

/// <summary>One stage of a flow (a processstage row).</summary>
public sealed record BusinessProcessFlowStage(Guid Id, string Name, int? Category = null);
