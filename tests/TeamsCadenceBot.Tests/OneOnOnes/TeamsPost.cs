using System.Text.Json;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Tests.OneOnOnes;

/// <summary>One request the bot made to the connector.</summary>
/// <param name="Operation">send, reply, update, create, pagedmembers, members.</param>
/// <param name="ConversationId">The conversation it was for; null when a conversation was created.</param>
/// <param name="ActivityId">The activity replied to or replaced.</param>
/// <param name="Activity">The activity sent, replied or updated.</param>
/// <param name="Created">The parameters of a created conversation.</param>
/// <param name="Last">The last part of the path.</param>
internal sealed record TeamsPost(
    string Operation,
    string? ConversationId,
    string? ActivityId,
    Activity? Activity,
    JsonElement? Created,
    string? Last)
{
    public JsonElement? Card => Activity?.Attachments is [{ Content: JsonElement card }, ..] ? card : null;
}
