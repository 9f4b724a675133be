namespace DataverseFunnel.Plugins.Registration
{
    /// <summary>The pipeline stage a step runs in, with Dataverse's <c>sdkmessageprocessingstep.stage</c> values.</summary>
    public enum PipelineStage
    {
        PreValidation = 10,
        PreOperation = 20,
        PostOperation = 40,
    }
}
