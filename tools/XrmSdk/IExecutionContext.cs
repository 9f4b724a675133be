using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Defines the contextual information passed to a plug-in or custom workflow activity at run time.</summary>
    public interface IExecutionContext
    {
        /// <summary>The business unit of the user for whom the pipeline runs.</summary>
        Guid BusinessUnitId { get; }
        /// <summary>Tracks a plug-in or activity execution across a chain of calls.</summary>
        Guid CorrelationId { get; }
        /// <summary>The current depth of execution in the call stack (infinite-loop guard).</summary>
        int Depth { get; }
        /// <summary>The user under whose account the pipeline runs, before impersonation.</summary>
        Guid InitiatingUserId { get; }
        /// <summary>The parameters of the request that triggered the event (e.g. "Target").</summary>
        ParameterCollection InputParameters { get; }
        /// <summary>Whether the plug-in runs offline (legacy Outlook client).</summary>
        bool IsExecutingOffline { get; }
        /// <summary>Whether the plug-in runs inside the database transaction.</summary>
        bool IsInTransaction { get; }
        /// <summary>Whether the call is an offline playback (legacy Outlook client).</summary>
        bool IsOfflinePlayback { get; }
        /// <summary>1 = none, 2 = sandbox.</summary>
        int IsolationMode { get; }
        /// <summary>The name of the message that triggered the event ("Create", "Update"…).</summary>
        string MessageName { get; }
        /// <summary>0 = synchronous, 1 = asynchronous.</summary>
        int Mode { get; }
        /// <summary>When the system job was created (asynchronous steps).</summary>
        DateTime OperationCreatedOn { get; }
        /// <summary>The id of the system job (asynchronous steps).</summary>
        Guid OperationId { get; }
        /// <summary>The organization's id.</summary>
        Guid OrganizationId { get; }
        /// <summary>The organization's unique name.</summary>
        string OrganizationName { get; }
        /// <summary>The response parameters (e.g. "id" for Create); populated after the core operation.</summary>
        ParameterCollection OutputParameters { get; }
        /// <summary>The registered step (sdkmessageprocessingstep) that runs.</summary>
        EntityReference OwningExtension { get; }
        /// <summary>Post-images, keyed by alias.</summary>
        EntityImageCollection PostEntityImages { get; }
        /// <summary>Pre-images, keyed by alias.</summary>
        EntityImageCollection PreEntityImages { get; }
        /// <summary>The id of the primary record.</summary>
        Guid PrimaryEntityId { get; }
        /// <summary>The logical name of the primary table.</summary>
        string PrimaryEntityName { get; }
        /// <summary>The id of the asynchronous operation request, if any.</summary>
        Guid? RequestId { get; }
        /// <summary>The logical name of the secondary table, if any.</summary>
        string SecondaryEntityName { get; }
        /// <summary>Custom values shared between steps of one pipeline.</summary>
        ParameterCollection SharedVariables { get; }
        /// <summary>The user for whom the plug-in acts.</summary>
        Guid UserId { get; }
    }
}
