namespace DataverseFunnel.Plugins.Registration
{
    /// <summary>How a step runs, with Dataverse's <c>sdkmessageprocessingstep.mode</c> values.</summary>
    public enum ExecutionMode
    {
        Synchronous = 0,
        Asynchronous = 1,
    }
}
