namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// A rep's call for a period as submitted at <paramref name="At"/>. Every submission is kept, so the calls of
/// earlier weeks stay readable beside the latest.
/// </summary>
/// <param name="RepId">The rep's person id.</param>
/// <param name="PeriodKey">The period, as <see cref="ForecastPeriod.Key"/>.</param>
/// <param name="CallId">The forecast call it was submitted on.</param>
/// <param name="At">When it was submitted.</param>
/// <param name="Figures">The rep's call per category.</param>
/// <param name="Evidence">The evidence given for each commit deal.</param>
internal sealed record RepSubmission(
    string RepId,
    string PeriodKey,
    string CallId,
    DateTimeOffset At,
    CallFigures Figures,
    IReadOnlyList<CommitEvidence> Evidence);
