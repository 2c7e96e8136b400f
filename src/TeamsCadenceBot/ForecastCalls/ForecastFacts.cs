using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>What a team's forecast is computed from, as loaded from storage.</summary>
/// <param name="ManagerId">The manager's person id.</param>
/// <param name="ManagerName">The manager's name.</param>
/// <param name="Period">The period.</param>
/// <param name="Today">The manager's today.</param>
/// <param name="Reps">The team's reps: person id and name.</param>
/// <param name="Deals">The reps' deals, open and closed.</param>
/// <param name="Quotas">Each rep's quota for the period; a rep without one is absent.</param>
/// <param name="Submissions">Every submission of the period, any order.</param>
/// <param name="ManagerCalls">The manager's commit call per rep.</param>
/// <param name="LastWeek">The deals' snapshots of last week.</param>
/// <param name="History">Past periods' results, newest first.</param>
/// <param name="Forecast">The team's forecast thresholds.</param>
/// <param name="Pipeline">The team's pipeline thresholds (stage ratios).</param>
internal sealed record ForecastFacts(
    string ManagerId,
    string ManagerName,
    ForecastPeriod Period,
    DateOnly Today,
    IReadOnlyList<TeamMember> Reps,
    IReadOnlyList<Deal> Deals,
    IReadOnlyDictionary<string, decimal> Quotas,
    IReadOnlyList<RepSubmission> Submissions,
    IReadOnlyDictionary<string, decimal> ManagerCalls,
    IReadOnlyList<DealSnapshot> LastWeek,
    IReadOnlyList<PeriodResult> History,
    ForecastThresholds Forecast,
    PipelineThresholds Pipeline);

/// <summary>A rep of the team: person id and the name to show.</summary>
internal sealed record TeamMember(string Id, string Name);
