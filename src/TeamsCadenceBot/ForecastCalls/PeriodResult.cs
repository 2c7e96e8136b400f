namespace TeamsCadenceBot.ForecastCalls;

/// <summary>The forecast accuracy of a closed period for a team, measured once after it closed and then kept.</summary>
/// <param name="PeriodKey">The period, as <see cref="ForecastPeriod.Key"/>.</param>
/// <param name="MeasuredAt">When it was measured.</param>
/// <param name="Reps">Each rep with a snapshot in the period.</param>
/// <param name="TeamAccuracy">The team's mean commit accuracy over the calls; null when no call had a commit.</param>
/// <param name="Calls">How many calls the period had.</param>
internal sealed record PeriodResult(
    string PeriodKey,
    DateTimeOffset MeasuredAt,
    IReadOnlyList<RepOutcome> Reps,
    decimal? TeamAccuracy,
    int Calls);
