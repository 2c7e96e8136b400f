namespace TeamsCadenceBot.ForecastCalls.Quotas.CallReminders;

/// <summary>
/// A team's weekly forecast-call reminder: on <paramref name="Day"/> at <paramref name="LocalTime"/> in the
/// manager's <paramref name="TimeZone"/>, in the close period of each quarter of the team's fiscal year, posted as a
/// new thread in <paramref name="ChannelId"/>.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="ManagerId">The manager whose team holds the call; one schedule per team.</param>
/// <param name="Day">The weekday.</param>
/// <param name="LocalTime">The manager's wall-clock time.</param>
/// <param name="TimeZone">The manager's IANA time zone when it was scheduled.</param>
/// <param name="CloseWeeks">The close period: the last so many weeks of the quarter; 0 for every week.</param>
/// <param name="ChannelId">The team channel the reminder is posted in.</param>
/// <param name="Version">Changes whenever the schedule is replaced; reminders of an older one drop themselves.</param>
// Gaps: the time zone is the manager's when the schedule was set; a later change of zone is followed only once the
// schedule is set again.
internal sealed record ForecastCallSchedule(
    string TenantId,
    string ManagerId,
    DayOfWeek Day,
    TimeOnly LocalTime,
    string TimeZone,
    int CloseWeeks,
    string ChannelId,
    string Version);
