namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>Why a folder cannot be packed: the file (folder-relative, forward slashes) and the reason.</summary>
    public sealed record PackProblem(string File, string Reason)
    {
        public override string ToString() => $"{File}: {Reason}";
    }
}
