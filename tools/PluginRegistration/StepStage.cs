namespace DataverseFunnel.Registration
{
    /// <summary>Pipeline stage, with Dataverse's <c>sdkmessageprocessingstep.stage</c> values.</summary>
    public enum StepStage
    {
        PreValidation = 10,
        PreOperation = 20,
        PostOperation = 40,
    }
}
