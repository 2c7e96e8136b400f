using System.Text.Json;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.Bot;

/// <summary>
/// Handles the card actions of one feature. A card's <c>Action.Execute</c> verb is
/// <c>{feature}.{action}</c>; the router sends every verb starting with <see cref="VerbPrefix"/> here.
/// </summary>
public interface ICardActionHandler
{
    /// <summary>The verb prefix this handler owns, such as <c>people.</c>.</summary>
    string VerbPrefix { get; }

    /// <summary>
    /// Handles the action and returns what replaces the card (or a message or an error).
    /// <paramref name="data"/> holds the action's data merged with the card's input values.
    /// </summary>
    Task<InvokeResponse> HandleAsync(Turn turn, string verb, JsonElement data, CancellationToken cancellationToken);

    /// <summary>
    /// True when an <c>adaptiveCard/action</c> invoke of <paramref name="verb"/> delivered twice changes nothing
    /// by the handler's own doing (it stores the activity id with the change, under the same ETag), also across
    /// instances; the router then does not claim the activity id first, which saves a storage request a turn.
    /// </summary>
    bool DeduplicatesItself(string verb) => false;
}
