using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.People;

/// <summary>
/// What one source tells about a person. Upserting it fills in what it knows and leaves the rest as
/// stored, so a person first imported by object id and name later gains a Teams id, and vice versa.
/// </summary>
/// <param name="AadObjectId">The Entra ID object id; required, it is the person's key.</param>
/// <param name="Name">The display name, if known.</param>
/// <param name="TeamsUserId">The Teams user id, if known.</param>
/// <param name="Email">The email address, if known.</param>
/// <param name="UserPrincipalName">The sign-in name, if known.</param>
/// <param name="ClientTimeZone">The zone the person's Teams client reported; ignored when unknown or invalid.</param>
/// <param name="InPersonalChat">
/// True when the person wrote to the bot in their personal chat, which proves the app is installed for them
/// and so clears <see cref="Person.Unreachable"/>.
/// </param>
public sealed record PersonSighting(
    string AadObjectId,
    string? Name,
    string? TeamsUserId = null,
    string? Email = null,
    string? UserPrincipalName = null,
    string? ClientTimeZone = null,
    bool InPersonalChat = false)
{
    /// <summary>The sender of a turn, or null when Teams did not say their object id (or it is a bot).</summary>
    public static PersonSighting? FromTurn(Turn turn)
    {
        // Gaps: people Teams sends without an Entra object id (some external chat members) are never recorded.
        var from = turn.From;
        if (from.AadObjectId is not { Length: > 0 } aadObjectId || IsBot(from.Id, from.Role))
        {
            return null;
        }

        return new PersonSighting(
            aadObjectId,
            from.Name,
            from.Id,
            ClientTimeZone: turn.Activity.GetClientTimeZone(),
            InPersonalChat: turn.Scope == ConversationScope.Personal);
    }

    /// <summary>A member listed by the connector, or null when it is a bot or has no object id.</summary>
    public static PersonSighting? FromMember(TeamsMember member)
    {
        if (member.AadObjectId is not { Length: > 0 } aadObjectId || IsBot(member.Id, role: null))
        {
            return null;
        }

        return new PersonSighting(aadObjectId, member.Name, member.Id, member.Email, member.UserPrincipalName);
    }

    // Teams gives bots ids starting with 28: and users ids starting with 29:.
    private static bool IsBot(string id, string? role) =>
        id.StartsWith("28:", StringComparison.Ordinal) || string.Equals(role, "bot", StringComparison.OrdinalIgnoreCase);
}
