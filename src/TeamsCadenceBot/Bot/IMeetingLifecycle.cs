namespace TeamsCadenceBot.Bot;

/// <summary>Reacts to a meeting starting or ending in a chat where the bot is installed.</summary>
public interface IMeetingLifecycle
{
    /// <summary>The meeting with <paramref name="meetingId"/> began.</summary>
    Task OnMeetingStartedAsync(Turn turn, string meetingId, CancellationToken cancellationToken);

    /// <summary>The meeting with <paramref name="meetingId"/> ended.</summary>
    Task OnMeetingEndedAsync(Turn turn, string meetingId, CancellationToken cancellationToken);
}
