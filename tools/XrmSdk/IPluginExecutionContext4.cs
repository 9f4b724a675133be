namespace Microsoft.Xrm.Sdk
{
    /// <summary>Adds per-record images for bulk messages (CreateMultiple, UpdateMultiple).</summary>
    public interface IPluginExecutionContext4 : IPluginExecutionContext3
    {
        /// <summary>Pre-images, one collection per entity in Targets, in the same order.</summary>
        EntityImageCollection[] PreEntityImagesCollection { get; }
        /// <summary>Post-images, one collection per entity in Targets, in the same order.</summary>
        EntityImageCollection[] PostEntityImagesCollection { get; }
    }
}
