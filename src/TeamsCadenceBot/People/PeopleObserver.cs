using Azure;
using TeamsCadenceBot.Bot;

namespace TeamsCadenceBot.People;

/// <summary>
/// Records the sender of every turn (name, object id, Teams id, client time zone), reading and writing storage
/// only when the sighting differs from the one recorded last for that person.
/// </summary>
internal sealed partial class PeopleObserver(
    IPeopleStore store,
    RecentSightings recentSightings,
    ILogger<PeopleObserver> logger) : ITurnObserver
{
    public async Task ObserveAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (PersonSighting.FromTurn(turn) is not { } sighting)
        {
            LogSenderWithoutObjectId(logger, turn.Activity.Type);
            return;
        }

        if (recentSightings.Contains(turn.TenantId, sighting))
        {
            return;
        }

        try
        {
            await store.UpsertAsync(turn.TenantId, sighting, cancellationToken);
            recentSightings.Remember(turn.TenantId, sighting);
        }
        catch (RequestFailedException e)
        {
            // Knowing the sender is not needed to answer this turn; the next turn records them.
            LogRecordFailed(logger, e, e.Status);
        }
    }

    [LoggerMessage(EventId = 1510, EventName = "SenderWithoutObjectId", Level = LogLevel.Debug,
        Message = "Did not record the sender of a {ActivityType} activity: no Entra object id, or a bot")]
    private static partial void LogSenderWithoutObjectId(ILogger logger, string activityType);

    [LoggerMessage(EventId = 1511, EventName = "SenderRecordFailed", Level = LogLevel.Warning,
        Message = "Could not record the sender of a turn (storage status {Status})")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, int status);
}
