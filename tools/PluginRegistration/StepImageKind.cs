namespace DataverseFunnel.Registration
{
    /// <summary>Image type, with Dataverse's <c>sdkmessageprocessingstepimage.imagetype</c> values.</summary>
    public enum StepImageKind
    {
        PreImage = 0,
        PostImage = 1,
    }
}
