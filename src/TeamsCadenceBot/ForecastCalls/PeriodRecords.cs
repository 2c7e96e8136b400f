namespace TeamsCadenceBot.ForecastCalls;

/// <summary>Everything kept about one team's forecast for one period.</summary>
/// <param name="Calls">The calls, oldest first.</param>
/// <param name="Submissions">Every rep submission, oldest first.</param>
/// <param name="ManagerCalls">The manager's current call per rep.</param>
/// <param name="Snapshots">Each call's snapshot of each rep.</param>
internal sealed record PeriodRecords(
    IReadOnlyList<ForecastCallRecord> Calls,
    IReadOnlyList<RepSubmission> Submissions,
    IReadOnlyDictionary<string, ManagerCall> ManagerCalls,
    IReadOnlyList<CallSnapshot> Snapshots)
{
    public static readonly PeriodRecords Empty = new([], [], new Dictionary<string, ManagerCall>(), []);

    public ForecastCallRecord? LatestCall => Calls.Count == 0 ? null : Calls[^1];
}
