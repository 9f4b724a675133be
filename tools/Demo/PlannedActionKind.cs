namespace DataverseFunnel.Demo
{
    /// <summary>What a seller, marketer or success manager does to a journey at one moment of the demo.</summary>
    internal enum PlannedActionKind
    {
        CompleteTask,
        Advance,
        AttemptSkip,
        AttemptCommitWithoutTrade,
        AttemptBackFromCommit,
        Recycle,
        EnterGetWell,
        RecoverFromGetWell,
        OffBoard,
        NotAFit,
        ChangeMrr,
        Import,
        WriteDescription,
    }
}
