namespace TeamsCadenceBot.ForecastCalls;

/// <summary>Everything a manager sees about one rep's forecast for a period.</summary>
/// <param name="RepId">The rep's person id.</param>
/// <param name="RepName">The rep's name, fit to show.</param>
/// <param name="Rollup">The CRM's roll-up and the quota.</param>
/// <param name="Submission">The rep's latest call; null when they have not submitted.</param>
/// <param name="PreviousWeek">The rep's latest call before this week, for the week-over-week change.</param>
/// <param name="ManagerCall">The manager's own commit call for the rep, if set.</param>
/// <param name="Calibrated">The commit adjusted by the rep's history.</param>
/// <param name="Coverage">Coverage of the remaining quota.</param>
/// <param name="Flags">The risk flags.</param>
/// <param name="LastPeriod">How the rep's last closed period turned out, when measured.</param>
internal sealed record RepForecast(
    string RepId,
    string RepName,
    RepRollup Rollup,
    RepSubmission? Submission,
    RepSubmission? PreviousWeek,
    decimal? ManagerCall,
    CalibratedForecast Calibrated,
    ForecastCoverage Coverage,
    IReadOnlyList<RiskFlag> Flags,
    RepOutcome? LastPeriod)
{
    /// <summary>The commit that counts: the rep's call, else the CRM's roll-up.</summary>
    public decimal Commit => Submission?.Figures.Commit ?? Rollup.Crm.Commit;

    /// <summary>The manager's call minus the rep's commit call; null unless both exist.</summary>
    public decimal? Gap => ManagerCall is { } manager && Submission is { } rep ? manager - rep.Figures.Commit : null;

    /// <summary>How the rep's commit call moved since their last call before this week; null without both.</summary>
    public decimal? CommitChange =>
        Submission is { } now && PreviousWeek is { } before ? now.Figures.Commit - before.Figures.Commit : null;
}
