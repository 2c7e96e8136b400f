using TeamsCadenceBot.Bot;

namespace TeamsCadenceBot.People;

/// <summary>Finds the sender of a turn among the people.</summary>
internal static class PeopleTurns
{
    public const string UnknownSender =
        "I can't tell who you are in your organisation (Teams did not send your Entra ID), so I can't do that.";

    /// <summary>The sender as stored, recorded now if the observer has not; null when Teams did not say who.</summary>
    public static async Task<Person?> GetSenderAsync(this IPeopleStore store, Turn turn, CancellationToken cancellationToken)
    {
        if (PersonSighting.FromTurn(turn) is not { } sighting)
        {
            return null;
        }

        return await store.GetAsync(turn.TenantId, sighting.AadObjectId, cancellationToken)
            ?? await store.UpsertAsync(turn.TenantId, sighting, cancellationToken);
    }

    /// <summary>
    /// The sender as read lately (<see cref="IPeopleStore.GetRecentAsync"/>): their id is the turn's, their
    /// name and zone may be a few seconds old when another instance changed them.
    /// </summary>
    public static async Task<Person?> GetRecentSenderAsync(
        this IPeopleStore store,
        Turn turn,
        CancellationToken cancellationToken)
    {
        if (PersonSighting.FromTurn(turn) is not { } sighting)
        {
            return null;
        }

        return await store.GetRecentAsync(turn.TenantId, sighting.AadObjectId, cancellationToken)
            ?? await store.UpsertAsync(turn.TenantId, sighting, cancellationToken);
    }
}
