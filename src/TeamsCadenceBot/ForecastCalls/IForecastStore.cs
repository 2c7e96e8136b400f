namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// Forecast calls, submissions, the manager's calls, the snapshots of each call and the measured accuracy, one
/// partition per tenant, team (manager) and period; the team's measured periods; and its forecast thresholds.
/// </summary>
internal interface IForecastStore
{
    /// <summary>Everything kept for the team's period; <see cref="PeriodRecords.Empty"/> when nothing is.</summary>
    Task<PeriodRecords> GetPeriodAsync(
        string tenantId,
        string managerId,
        string periodKey,
        CancellationToken cancellationToken);

    Task<ForecastCallRecord?> GetCallAsync(
        string tenantId,
        string managerId,
        string periodKey,
        string callId,
        CancellationToken cancellationToken);

    /// <summary>Stores a new call.</summary>
    Task AddCallAsync(string tenantId, ForecastCallRecord call, CancellationToken cancellationToken);

    /// <summary>Records the posted card's activity id on the call, under its ETag.</summary>
    Task SetActivityIdAsync(
        string tenantId,
        ForecastCallRecord call,
        string activityId,
        CancellationToken cancellationToken);

    /// <summary>Keeps a submission beside every earlier one.</summary>
    Task AddSubmissionAsync(
        string tenantId,
        string managerId,
        RepSubmission submission,
        CancellationToken cancellationToken);

    /// <summary>Replaces the manager's call for the rep.</summary>
    Task SetManagerCallAsync(
        string tenantId,
        string managerId,
        string periodKey,
        ManagerCall call,
        CancellationToken cancellationToken);

    /// <summary>
    /// Changes a call's snapshot of one rep under its ETag: <paramref name="change"/> gets the stored one (null
    /// when none) and returns what to keep.
    /// </summary>
    Task UpdateSnapshotAsync(
        string tenantId,
        string managerId,
        string periodKey,
        string callId,
        string repId,
        Func<CallSnapshot?, CallSnapshot> change,
        CancellationToken cancellationToken);

    /// <summary>Keeps a closed period's result once; false when one was already kept (that one stays).</summary>
    Task<bool> AddResultAsync(
        string tenantId,
        string managerId,
        PeriodResult result,
        CancellationToken cancellationToken);

    /// <summary>The team's measured periods, newest first.</summary>
    Task<IReadOnlyList<PeriodResult>> ListResultsAsync(
        string tenantId,
        string managerId,
        CancellationToken cancellationToken);

    /// <summary>The team's forecast thresholds; the defaults when none were saved.</summary>
    Task<ForecastThresholds> GetThresholdsAsync(string tenantId, string managerId, CancellationToken cancellationToken);

    Task SaveThresholdsAsync(
        string tenantId,
        string managerId,
        ForecastThresholds thresholds,
        CancellationToken cancellationToken);
}
