using System;

namespace DataverseFunnel.Plugins.Registration
{
    /// <summary>
    /// Declares one Dataverse step (sdkmessageprocessingstep) for the plugin class it decorates. It is the single
    /// source of truth: the in-memory pipeline registers steps from it, and the solution packer writes the
    /// solution's <c>SdkMessageProcessingStep</c> XML from it. Read by reflection only (never at plugin run time).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class StepRegistrationAttribute : Attribute
    {
        public StepRegistrationAttribute(string id, string message, string primaryEntity, PipelineStage stage, ExecutionMode mode)
        {
            Id = id;
            Message = message;
            PrimaryEntity = primaryEntity;
            Stage = stage;
            Mode = mode;
        }

        /// <summary>Stable step id (a GUID string), so re-imports update the same step.</summary>
        public string Id { get; }

        /// <summary>SDK message name, e.g. "Create", "Update", "Delete".</summary>
        public string Message { get; }

        /// <summary>Logical name of the table, e.g. "bowtie_journey".</summary>
        public string PrimaryEntity { get; }

        public PipelineStage Stage { get; }

        public ExecutionMode Mode { get; }

        /// <summary>Order within the stage (Dataverse "rank"); lower runs first.</summary>
        public int Rank { get; set; } = 1;

        /// <summary>Update only: the step runs when at least one of these columns is in the Target. Null = any column.</summary>
        public string[]? FilteringAttributes { get; set; }

        /// <summary>Alias of the pre-image ("pre" by convention). Null = no pre-image.</summary>
        public string? PreImageAlias { get; set; }

        /// <summary>Columns of the pre-image. Null or empty = all columns.</summary>
        public string[]? PreImageAttributes { get; set; }

        /// <summary>Alias of the post-image. Null = no post-image.</summary>
        public string? PostImageAlias { get; set; }

        /// <summary>Columns of the post-image. Null or empty = all columns.</summary>
        public string[]? PostImageAttributes { get; set; }

        /// <summary>Unsecure configuration passed to the plugin's (unsecure, secure) constructor.</summary>
        public string? UnsecureConfiguration { get; set; }

        /// <summary>Human-readable step name; defaults to "{Type}: {Message} of {PrimaryEntity}".</summary>
        public string? Name { get; set; }

        /// <summary>Short description shown to admins in the solution.</summary>
        public string? Description { get; set; }
    }
}
