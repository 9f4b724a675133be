namespace Microsoft.Xrm.Sdk
{
    /// <summary>Provides a method to post the plug-in execution context to an Azure service endpoint.</summary>
    public interface IServiceEndpointNotificationService
    {
        /// <summary>Posts the execution context to the endpoint and returns the endpoint's reply.</summary>
        string Execute(EntityReference serviceEndpoint, IExecutionContext context);
    }
}
