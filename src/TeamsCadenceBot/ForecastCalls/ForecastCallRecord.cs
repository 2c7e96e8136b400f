namespace TeamsCadenceBot.ForecastCalls;

/// <summary>One forecast call: who launched it for which team and period, and where its card is.</summary>
/// <param name="CallId">Unique within the team and period; sorts in launch order.</param>
/// <param name="ManagerId">The manager whose team the call is about.</param>
/// <param name="PeriodKey">The period, as <see cref="ForecastPeriod.Key"/>.</param>
/// <param name="ConversationId">The channel the card was posted in.</param>
/// <param name="LaunchedBy">The person id of whoever launched it.</param>
/// <param name="LaunchedAt">When it was launched.</param>
/// <param name="ActivityId">The posted card's activity id, once Teams answered with it.</param>
internal sealed record ForecastCallRecord(
    string CallId,
    string ManagerId,
    string PeriodKey,
    string ConversationId,
    string LaunchedBy,
    DateTimeOffset LaunchedAt,
    string? ActivityId);
