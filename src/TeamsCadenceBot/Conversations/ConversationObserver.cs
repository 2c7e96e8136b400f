using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Conversations;

/// <summary>
/// Remembers every conversation the bot hears from and the people who speak or join in it, so that later
/// messages can be sent there without waiting for an inbound activity. A repeat message from a known person
/// in a known conversation, with the same service URL and names, costs no storage call.
/// </summary>
internal sealed partial class ConversationObserver(
    IConversationStore store,
    ILogger<ConversationObserver> logger) : ITurnObserver
{
    // About a megabyte of keys and fingerprints: every active person in a large tenant, in a few places each.
    public const int Capacity = 10_000;

    private const string TeamDeleted = "teamDeleted";
    private const char Separator = '\u001f';

    private readonly StoredFingerprints _stored = new(Capacity);

    public async Task ObserveAsync(Turn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate
            && activity.ChannelData is { EventType: TeamDeleted, Team.Id: { } teamId })
        {
            await store.MarkUninstalledAsync(turn.TenantId, teamId, cancellationToken);
            return;
        }

        // The lifecycle stores installs and removals itself: it must see the state before the change to
        // welcome once per install.
        if (IsInstallation(activity))
        {
            return;
        }

        var reference = TurnConversation.Reference(turn);
        foreach (var userId in TurnConversation.PeopleRemoved(turn))
        {
            await store.RemoveMemberAsync(turn.TenantId, reference.ConversationId, userId, cancellationToken);
            _stored.Remove(Key(reference, userId));
        }

        var conversation = Fingerprint(reference);
        var unknown = TurnConversation.People(turn)
            .Where(member => !_stored.Contains(Key(reference, member.TeamsUserId), Fingerprint(conversation, member)))
            .ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        await store.RememberAsync(reference, unknown, cancellationToken);
        foreach (var member in unknown)
        {
            _stored.Set(Key(reference, member.TeamsUserId), Fingerprint(conversation, member));
        }

        LogRemembered(logger, reference.Scope, unknown.Count);
    }

    private static bool IsInstallation(Activity activity) =>
        activity.Type == ActivityTypes.InstallationUpdate
        || (activity.Type == ActivityTypes.ConversationUpdate && (activity.BotWasAdded() || activity.BotWasRemoved()));

    private static string Key(ConversationReference reference, string userId) =>
        string.Join(Separator, reference.TenantId, reference.ConversationId, userId);

    private static string Fingerprint(ConversationReference r) =>
        string.Join(
            Separator,
            r.Scope,
            r.ServiceUrl,
            r.BotId,
            r.TeamId,
            r.TeamName,
            r.TeamAadGroupId,
            r.ChannelId,
            r.ChannelName,
            r.MeetingId,
            r.ConversationName,
            r.UserId,
            r.UserAadObjectId);

    private static string Fingerprint(string conversation, ConversationMember member) =>
        string.Join(Separator, conversation, member.AadObjectId, member.Name);

    [LoggerMessage(EventId = 1403, EventName = "ConversationRemembered", Level = LogLevel.Debug,
        Message = "Stored a {Scope} conversation with {Count} newly seen people")]
    private static partial void LogRemembered(ILogger logger, ConversationScope scope, int count);
}
