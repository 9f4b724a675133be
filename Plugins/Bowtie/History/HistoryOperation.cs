namespace DataverseFunnel.Plugins.Bowtie.History
{
    /// <summary>A write someone attempts on the stage history.</summary>
    internal enum HistoryOperation
    {
        Create,
        Update,
        Delete,
    }
}
