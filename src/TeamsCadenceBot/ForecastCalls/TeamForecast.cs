namespace TeamsCadenceBot.ForecastCalls;

/// <summary>A manager's team's forecast for a period: each rep, the totals and the last period's accuracy.</summary>
/// <param name="ManagerId">The manager's person id.</param>
/// <param name="ManagerName">The manager's name, fit to show.</param>
/// <param name="Period">The period.</param>
/// <param name="Reps">Each rep, by name.</param>
/// <param name="Coverage">The team's coverage, from the reps with a quota (null quota when none has one).</param>
/// <param name="ForecastTotal">The team's forecast the concentration rule measures against.</param>
/// <param name="LastPeriod">The previous period's result, once it closed and was measured.</param>
/// <param name="Thresholds">The team's forecast thresholds the numbers were judged with.</param>
internal sealed record TeamForecast(
    string ManagerId,
    string ManagerName,
    ForecastPeriod Period,
    IReadOnlyList<RepForecast> Reps,
    ForecastCoverage Coverage,
    decimal ForecastTotal,
    PeriodResult? LastPeriod,
    ForecastThresholds Thresholds)
{
    public decimal? Quota => Reps.Any(r => r.Rollup.Quota is not null) ? Reps.Sum(r => r.Rollup.Quota ?? 0m) : null;

    public decimal ClosedWon => Reps.Sum(r => r.Rollup.ClosedWon);

    public CallFigures Crm => new(
        Reps.Sum(r => r.Rollup.Crm.Commit),
        Reps.Sum(r => r.Rollup.Crm.BestCase),
        Reps.Sum(r => r.Rollup.Crm.Pipeline));

    /// <summary>The sum of the reps' commit calls, the CRM's where a rep has not called.</summary>
    public decimal Commit => Reps.Sum(r => r.Commit);

    /// <summary>The sum of the manager's calls, a rep without one counting at their commit.</summary>
    public decimal ManagerCall => Reps.Sum(r => r.ManagerCall ?? r.Commit);

    /// <summary>The calibrated team commit, summed over the reps with history; null when none has any.</summary>
    public decimal? Calibrated => Reps.Any(r => r.Calibrated.HasHistory)
        ? Reps.Sum(r => r.Calibrated.Adjusted ?? r.Commit)
        : null;

    public int Submitted => Reps.Count(r => r.Submission is not null);
}
