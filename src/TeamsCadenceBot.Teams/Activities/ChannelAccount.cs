using System.Text.Json.Serialization;

namespace TeamsCadenceBot.Teams.Activities;

/// <summary>A user or bot in a conversation, as Teams names it.</summary>
/// <param name="Id">The channel id: <c>29:...</c> for users, <c>28:...</c> for bots.</param>
/// <param name="Name">The display name.</param>
/// <param name="AadObjectId">The Entra ID object id, when Teams sends it.</param>
public sealed record ChannelAccount(
    string Id,
    string? Name = null,
    [property: JsonPropertyName("aadObjectId")] string? AadObjectId = null)
{
    /// <summary>The role Teams gives the account (<c>user</c> or <c>bot</c>), when present.</summary>
    public string? Role { get; init; }
}
