namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// One rep's forecast as it stood at one call: written when the call is launched and rewritten by the rep's
/// submissions and the manager's call on that card, so each call keeps the last word of its week. Accuracy and
/// calibration are measured from these.
/// </summary>
/// <param name="CallId">The call.</param>
/// <param name="RepId">The rep's person id.</param>
/// <param name="TakenAt">When it was last written.</param>
/// <param name="Quota">The rep's quota then, if set.</param>
/// <param name="ClosedWon">Closed won then.</param>
/// <param name="Crm">The CRM's roll-up then.</param>
/// <param name="RepCall">The rep's latest call then; null when they had not submitted one.</param>
/// <param name="ManagerCall">The manager's commit call for the rep then, if set.</param>
internal sealed record CallSnapshot(
    string CallId,
    string RepId,
    DateTimeOffset TakenAt,
    decimal? Quota,
    decimal ClosedWon,
    CallFigures Crm,
    CallFigures? RepCall,
    decimal? ManagerCall)
{
    /// <summary>The commit this snapshot stands for: the rep's call, or the CRM's when the rep made none.</summary>
    public decimal Commit => RepCall?.Commit ?? Crm.Commit;
}
