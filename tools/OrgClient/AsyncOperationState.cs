namespace DataverseFunnel.OrgClient
{
    /// <summary>
    /// An asyncoperation row's state: statecode 0 Ready, 1 Suspended, 2 Locked, 3 Completed; statuscode when completed
    /// 30 Succeeded, 31 Failed, 32 Canceled.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/asyncoperation#statecode-choicesstates
    /// </summary>
    public readonly record struct AsyncOperationState(int StateCode, int StatusCode, string? Message, string? FriendlyMessage)
    {
        public const int Completed = 3;
        public const int Succeeded = 30;

        public bool IsCompleted => StateCode == Completed;

        public bool IsSucceeded => IsCompleted && StatusCode == Succeeded;
    }
}
