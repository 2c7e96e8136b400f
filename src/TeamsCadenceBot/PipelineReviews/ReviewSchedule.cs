namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// A manager's recurring review reminder: on <paramref name="Day"/> at <paramref name="LocalTime"/> in
/// <paramref name="TimeZone"/>, every <paramref name="IntervalWeeks"/> weeks counted from
/// <paramref name="FirstDate"/>, into a channel (new thread) or an existing chat.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="ManagerId">The manager whose team is reviewed; one schedule per manager.</param>
/// <param name="Day">The weekday.</param>
/// <param name="LocalTime">The manager's wall-clock time.</param>
/// <param name="IntervalWeeks">1 (weekly) or 2 (every two weeks).</param>
/// <param name="TimeZone">The manager's IANA time zone when it was scheduled.</param>
/// <param name="FirstDate">The first occurrence; every-two-weeks counts from it.</param>
/// <param name="ChannelId">The channel to start a thread in, for a team channel.</param>
/// <param name="ConversationId">The chat to post in, for a group chat.</param>
/// <param name="Version">
/// Changes whenever the schedule is replaced, so reminders planned for an older schedule drop themselves.
/// </param>
internal sealed record ReviewSchedule(
    string TenantId,
    string ManagerId,
    DayOfWeek Day,
    TimeOnly LocalTime,
    int IntervalWeeks,
    string TimeZone,
    DateOnly FirstDate,
    string? ChannelId,
    string? ConversationId,
    string Version);
