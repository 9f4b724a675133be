namespace DataverseFunnel.InMemory;

/// <summary>
/// Which steps a legacy SetState / SetStateDynamicEntity request runs. The platform runs the steps registered on the
/// request's own message (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior
/// lists SetStateRequest as a deprecated message performed through Update); whether Update steps also fire for such a
/// request is not documented, so the org lets a test choose and plugins should hold under both.
/// </summary>
public enum SetStateRouting
{
    /// <summary>Only the steps registered on SetState (or SetStateDynamicEntity) run.</summary>
    OwnMessage = 0,

    /// <summary>The own message's steps run, and its main operation runs Update's PreOperation and PostOperation steps with a Target of statecode/statuscode.</summary>
    OwnMessageAndUpdate = 1,
}
