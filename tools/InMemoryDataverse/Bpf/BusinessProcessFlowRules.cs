using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Store;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Bpf;

/// <summary>
/// The platform's rules for business process flow instances, applied in the main operation: a new instance starts at
/// the first stage; a stage move may only go to the next or previous stage and keeps traversedpath; an instance can
/// only be Finished at its last stage.
/// </summary>
internal static class BusinessProcessFlowRules
{
    public static void OnCreate(MetadataModel metadata, TableMetadata table, Dictionary<string, object> values, DateTime now)
    {
        var flow = metadata.FindFlow(table.LogicalName);
        if (flow is null) return;
        values.TryAdd(BusinessProcessFlowTable.ProcessId, new EntityReference("workflow", flow.ProcessId));
        values.TryAdd(BusinessProcessFlowTable.Name, flow.Name);
        var active = values.TryGetValue(BusinessProcessFlowTable.ActiveStageId, out var given) ? ((EntityReference)given).Id : flow.Stages[0].Id;
        var index = IndexOrFault(flow, active);
        values[BusinessProcessFlowTable.ActiveStageId] = StageReference(flow, index);
        if (!values.ContainsKey(BusinessProcessFlowTable.TraversedPath))
        {
            var path = new List<string>();
            for (var i = 0; i <= index; i++) path.Add(flow.Stages[i].Id.ToString());
            values[BusinessProcessFlowTable.TraversedPath] = string.Join(",", path);
        }

        values[BusinessProcessFlowTable.ActiveStageStartedOn] = now;
        CheckFinish(flow, values, index, now);
    }

    public static void OnUpdate(MetadataModel metadata, TableMetadata table, StoredRow before, Dictionary<string, object> values, Entity target, DateTime now)
    {
        var flow = metadata.FindFlow(table.LogicalName);
        if (flow is null) return;
        var oldIndex = before.Get(BusinessProcessFlowTable.ActiveStageId) is EntityReference old ? flow.IndexOf(old.Id) : -1;
        var newIndex = oldIndex;
        if (target.Attributes.TryGetValue(BusinessProcessFlowTable.ActiveStageId, out var moved) && moved is EntityReference stage)
        {
            newIndex = IndexOrFault(flow, stage.Id);
            if (newIndex != oldIndex)
            {
                if (Math.Abs(newIndex - oldIndex) != 1)
                {
                    throw Faults.Invalid($"You can't move from stage '{Name(flow, oldIndex)}' to '{flow.Stages[newIndex].Name}': you must only move to the next or previous stage.");
                }

                if (!target.Attributes.ContainsKey(BusinessProcessFlowTable.TraversedPath))
                {
                    values[BusinessProcessFlowTable.TraversedPath] = NewPath(before.Get(BusinessProcessFlowTable.TraversedPath) as string, flow.Stages[newIndex].Id, newIndex > oldIndex);
                }

                values[BusinessProcessFlowTable.ActiveStageStartedOn] = now;
            }

            values[BusinessProcessFlowTable.ActiveStageId] = StageReference(flow, newIndex);
        }

        CheckFinish(flow, values, newIndex, now);
    }

    private static void CheckFinish(BusinessProcessFlowDefinition flow, Dictionary<string, object> values, int index, DateTime now)
    {
        var status = (values.TryGetValue(SystemColumns.StatusCode, out var s) ? s as OptionSetValue : null)?.Value;
        if (status == BusinessProcessFlowTable.StatusFinished)
        {
            if (index != flow.Stages.Count - 1)
            {
                throw Faults.Invalid($"The process '{flow.Name}' can only be finished at its last stage ('{flow.Stages[^1].Name}'); it is at '{Name(flow, index)}'.");
            }

            values.TryAdd(BusinessProcessFlowTable.CompletedOn, now);
        }
        else if (status == BusinessProcessFlowTable.StatusActive)
        {
            values.Remove(BusinessProcessFlowTable.CompletedOn);
        }
    }

    private static string NewPath(string? path, Guid stage, bool forward)
    {
        var parts = new List<string>(string.IsNullOrEmpty(path) ? Array.Empty<string>() : path.Split(','));
        if (forward) parts.Add(stage.ToString());
        else if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
        return string.Join(",", parts);
    }

    private static int IndexOrFault(BusinessProcessFlowDefinition flow, Guid stageId)
    {
        var index = flow.IndexOf(stageId);
        return index >= 0 ? index : throw Faults.Invalid($"The stage {stageId} is not a stage of the process '{flow.Name}'.");
    }

    private static EntityReference StageReference(BusinessProcessFlowDefinition flow, int index) =>
        new("processstage", flow.Stages[index].Id) { Name = flow.Stages[index].Name };

    private static string Name(BusinessProcessFlowDefinition flow, int index) => index >= 0 ? flow.Stages[index].Name : "(none)";
}
