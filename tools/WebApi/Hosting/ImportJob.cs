using System;

namespace DataverseFunnel.WebApi.Hosting;

/// <summary>
/// One solution import as the platform records it: the <c>asyncoperation</c> system job (ImportSolutionAsync only) moving
/// Ready/WaitingForResources (0/0) → Locked/InProgress (2/20) → Completed/Succeeded or Failed (3/30, 3/31)
/// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/asyncoperation#statecode-choicesoptions),
/// and the <c>importjob</c> row with its progress and log
/// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/importjob).
/// The org has no such tables, so the server keeps these records; they survive the org swap an import makes.
/// </summary>
internal sealed class ImportJob
{
    private readonly object _gate = new();

    public ImportJob(Guid asyncOperationId, Guid importJobId, DateTime createdOn)
    {
        AsyncOperationId = asyncOperationId;
        ImportJobId = importJobId;
        CreatedOn = createdOn;
    }

    public Guid AsyncOperationId { get; }

    public Guid ImportJobId { get; }

    public DateTime CreatedOn { get; }

    public int StateCode { get; private set; }

    public int StatusCode { get; private set; }

    public double Progress { get; private set; }

    public string? SolutionName { get; private set; }

    public string? Message { get; private set; }

    public DateTime? StartedOn { get; private set; }

    public DateTime? CompletedOn { get; private set; }

    public void Start(DateTime now)
    {
        lock (_gate) (StateCode, StatusCode, StartedOn, Progress) = (2, 20, now, 0);
    }

    public void Succeed(string? solutionName, DateTime now)
    {
        lock (_gate) (StateCode, StatusCode, CompletedOn, Progress, SolutionName) = (3, 30, now, 100, solutionName);
    }

    public void Fail(string message, DateTime now)
    {
        lock (_gate) (StateCode, StatusCode, CompletedOn, Message) = (3, 31, now, message);
    }

    /// <summary>A consistent copy of the fields, for writing.</summary>
    public ImportJob Snapshot()
    {
        lock (_gate) return (ImportJob)MemberwiseClone();
    }
}
