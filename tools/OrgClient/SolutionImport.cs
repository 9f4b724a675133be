namespace DataverseFunnel.OrgClient
{
    /// <summary>
    /// What ImportSolutionAsync answers: the async operation to poll and the import job's key.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/importsolutionasyncresponse
    /// </summary>
    public readonly record struct SolutionImport(System.Guid AsyncOperationId, string ImportJobKey);
}
