namespace DataverseFunnel.OrgClient
{
    /// <summary>
    /// An importjob row: its progress (percent) and its XML log (<c>data</c>), where a failed import says why.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/importjob
    /// </summary>
    public readonly record struct ImportJobState(double Progress, string? Data, string? SolutionName);
}
