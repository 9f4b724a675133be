namespace DataverseFunnel.Registration
{
    /// <summary>Execution mode, with Dataverse's <c>sdkmessageprocessingstep.mode</c> values.</summary>
    public enum StepMode
    {
        Synchronous = 0,
        Asynchronous = 1,
    }
}
