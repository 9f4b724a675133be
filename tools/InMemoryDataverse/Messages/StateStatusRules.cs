using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>Keeps statecode and statuscode consistent: a state alone gets its default status, a status alone its state.</summary>
internal static class StateStatusRules
{
    public static void Apply(TableMetadata table, Dictionary<string, object> values, bool stateWritten, bool statusWritten)
    {
        if (!table.HasStateColumns) return;
        var state = (values.TryGetValue(SystemColumns.StateCode, out var s) ? s as OptionSetValue : null)?.Value;
        var status = (values.TryGetValue(SystemColumns.StatusCode, out var t) ? t as OptionSetValue : null)?.Value;
        if (stateWritten && !statusWritten && state is int newState)
        {
            status = table.DefaultStatusOf(newState) ?? throw Faults.Invalid($"{newState} is not a valid state code on {table.LogicalName}.");
        }
        else if (statusWritten && !stateWritten && status is int newStatus)
        {
            state = table.StateOfStatus(newStatus) ?? throw Faults.Invalid($"{newStatus} is not a valid status code on {table.LogicalName}.");
        }

        state ??= table.States[0].State;
        status ??= table.DefaultStatusOf(state.Value);
        if (status is int checkedStatus && table.StateOfStatus(checkedStatus) != state)
        {
            throw Faults.Invalid($"{checkedStatus} is not a valid status code for state code {table.LogicalName}State.{state} on {table.LogicalName}.");
        }

        values[SystemColumns.StateCode] = new OptionSetValue(state.Value);
        if (status is int finalStatus) values[SystemColumns.StatusCode] = new OptionSetValue(finalStatus);
    }
}
