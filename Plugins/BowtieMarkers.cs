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

        /// <summary>Set by the history writer: "this stage transition row is written by the bowtie".</summary>
        public const string WritingHistory = "DataverseFunnel.Bowtie.WritingHistory";

        /// <summary>PreOperation → PostOperation of the same journey save: the transition rows to write once the save has an id.</summary>
        public const string PendingTransitions = "DataverseFunnel.Bowtie.PendingTransitions";

        public static void Set(IPluginExecutionContext context, string marker, Guid recordId) =>
            context.SharedVariables[marker] = recordId.ToString("D");

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

        /// <summary>True when any context up the chain carries the marker, whatever record it names.</summary>
        public static bool IsSetForAny(IPluginExecutionContext? context, string marker)
        {
            for (var current = context; current != null; current = current.ParentContext)
            {
                if (current.SharedVariables != null && current.SharedVariables.Contains(marker))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
