using System;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Plugins
{
    /// <summary>
    /// SharedVariables the bowtie plugins leave for each other. A step sets a marker on its own context before it
    /// calls the service; the child pipeline sees it through ParentContext. This, not Depth, is how a plugin knows
    /// that it started a change (no loops between the journey and its process flow, history written only by the bowtie).
    /// </summary>
    internal static class BowtieMarkers
    {
        /// <summary>Set by the journey's flow sync: "this flow update follows the journey with this id".</summary>
        public const string JourneyMovedFlow = "DataverseFunnel.Bowtie.JourneyMovedFlow";

        /// <summary>Set by the flow plugin: "this journey update follows its process flow".</summary>
        public const string FlowMovedJourney = "DataverseFunnel.Bowtie.FlowMovedJourney";

        /// <summary>
        /// Set by the history writer only while it creates a journey's rows: "the bowtie writes history for this journey
        /// in this request" (value: <see cref="HistoryKey"/>), removed as soon as the rows are written.
        /// </summary>
        public const string WritingHistory = "DataverseFunnel.Bowtie.WritingHistory";

        /// <summary>PreOperation → PostOperation: "this state change of the journey is already decided in this pipeline" (one decision per change).</summary>
        public const string Decided = "DataverseFunnel.Bowtie.Decided";

        /// <summary>PreOperation → PostOperation: stamps (an Entity) the save could not carry, saved as SYSTEM: SetState has no Target, and LTV is kept whatever the caller's column access.</summary>
        public const string PendingStamps = "DataverseFunnel.Bowtie.PendingStamps";

        /// <summary>PreOperation → PostOperation of the same journey save: the transition rows to write once the save has an id.</summary>
        public const string PendingTransitions = "DataverseFunnel.Bowtie.PendingTransitions";

        /// <summary>PostOperation → its own update of the journey: "these stamps (LTV included) come from the bowtie".</summary>
        public const string StampingJourney = "DataverseFunnel.Bowtie.StampingJourney";

        public static void Set(IPluginExecutionContext context, string marker, Guid recordId) =>
            context.SharedVariables[marker] = recordId.ToString("D");

        /// <summary>The WritingHistory value: the journey and the request chain (CorrelationId) the rows belong to.</summary>
        public static string HistoryKey(Guid journeyId, Guid correlationId) => journeyId.ToString("D") + "/" + correlationId.ToString("D");

        /// <summary>
        /// Runs <paramref name="write"/> (the creates of a journey's history rows) with the WritingHistory marker set on
        /// this context for the journey and request chain, and removes it afterwards: a later step of the same pipeline,
        /// or a row for another journey, cannot ride on it.
        /// </summary>
        public static void WhileWritingHistory(IPluginExecutionContext context, Guid journeyId, Action write)
        {
            var shared = context.SharedVariables;
            shared[WritingHistory] = HistoryKey(journeyId, context.CorrelationId);
            try
            {
                write();
            }
            finally
            {
                shared.Remove(WritingHistory);
            }
        }

        /// <summary>True when a context up the chain is writing history for this journey in this request chain.</summary>
        public static bool IsWritingHistory(IPluginExecutionContext? context, Guid journeyId)
        {
            if (context == null)
            {
                return false;
            }

            var wanted = HistoryKey(journeyId, context.CorrelationId);
            for (var current = context.ParentContext; current != null; current = current.ParentContext)
            {
                if (current.SharedVariables != null && current.SharedVariables.Contains(WritingHistory) &&
                    current.SharedVariables[WritingHistory] as string == wanted)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when a context up the chain is the Delete of this journey (the platform cascading it to its history).</summary>
        public static bool IsDeletingJourney(IPluginExecutionContext? context, string journeyTable, Guid journeyId)
        {
            for (var current = context?.ParentContext; current != null; current = current.ParentContext)
            {
                if (current.MessageName == "Delete" && current.PrimaryEntityName == journeyTable && current.PrimaryEntityId == journeyId)
                {
                    return true;
                }
            }

            return false;
        }
        /// <summary>True when this context or any parent up the chain carries the marker for the record.</summary>
        public static bool IsSet(IPluginExecutionContext? context, string marker, Guid recordId)
        {
            var wanted = recordId.ToString("D");
            for (var current = context; current != null; current = current.ParentContext)
            {
                if (current.SharedVariables != null && current.SharedVariables.Contains(marker) &&
                    current.SharedVariables[marker] as string == wanted)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
