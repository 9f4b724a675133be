namespace Microsoft.Xrm.Sdk
{
    /// <summary>The status of a plug-in operation, carried by InvalidPluginExecutionException.</summary>
    public enum OperationStatus
    {
        /// <summary>The operation failed.</summary>
        Failed = 0,
        /// <summary>The operation was canceled.</summary>
        Canceled = 1,
        /// <summary>The (asynchronous) operation should be retried.</summary>
        Retry = 2,
        /// <summary>The operation is suspended.</summary>
        Suspended = 3,
        /// <summary>The operation succeeded.</summary>
        Succeeded = 4,
    }
}
