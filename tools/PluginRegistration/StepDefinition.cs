using System;
using System.Collections.Generic;
using DataverseFunnel.Plugins.Registration;

namespace DataverseFunnel.Registration
{
    /// <summary>
    /// One plugin step (sdkmessageprocessingstep): what the in-memory pipeline registers and what the packer writes.
    /// Built from a plugin's [StepRegistration] attributes or from a packed solution's step XML.
    /// </summary>
    public sealed record StepDefinition(
        Guid Id,
        string Name,
        string PluginTypeName,
        string Message,
        string PrimaryEntity,
        PipelineStage Stage,
        ExecutionMode Mode,
        int Rank,
        IReadOnlyList<string> FilteringAttributes,
        IReadOnlyList<StepImage> Images,
        string? UnsecureConfiguration,
        string? Description)
    {
        /// <summary>The pre-image of this step, if any.</summary>
        public StepImage? PreImage => Find(StepImageKind.PreImage);

        /// <summary>The post-image of this step, if any.</summary>
        public StepImage? PostImage => Find(StepImageKind.PostImage);

        private StepImage? Find(StepImageKind kind)
        {
            foreach (var image in Images)
            {
                if (image.Kind == kind)
                {
                    return image;
                }
            }

            return null;
        }
    }
}
