namespace Microsoft.Xrm.Sdk
{
    /// <summary>Defines the contextual information passed to a plug-in at run time.</summary>
    public interface IPluginExecutionContext : IExecutionContext
    {
        /// <summary>The execution context of the parent pipeline operation, if any.</summary>
        IPluginExecutionContext ParentContext { get; }
        /// <summary>10 PreValidation, 20 PreOperation, 40 PostOperation.</summary>
        int Stage { get; }
    }
}
