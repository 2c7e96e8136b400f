using TeamsCadenceBot.People;

namespace TeamsCadenceBot.ForecastCalls.Quotas;

/// <summary>
/// A manager's reps with their quotas for one period, as the manager (or a leader above) sees them on the quota card.
/// </summary>
/// <param name="ManagerId">The manager whose reps these are.</param>
/// <param name="ManagerName">The manager's name.</param>
/// <param name="ViewerId">Who is looking: the manager or a leader above.</param>
/// <param name="Period">The period.</param>
/// <param name="Reps">The manager's direct reports, by name.</param>
/// <param name="TeamsBelow">The reps who manage teams themselves, whose sheets a leader can open.</param>
/// <param name="Status">What the last action did, such as "Saved 2 quotas.", or null.</param>
internal sealed record QuotaSheet(
    string ManagerId,
    string ManagerName,
    string ViewerId,
    ForecastPeriod Period,
    IReadOnlyList<QuotaLine> Reps,
    IReadOnlyList<Person> TeamsBelow,
    string? Status = null);
