using Microsoft.Extensions.Options;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// A 1:1's online meeting with the bot in its chat: at the start the agenda card is posted into the meeting chat
/// (the same live card, updated with the personal copies); at the end the 1:1 is finished and summarised.
/// The meeting is matched to the sender's 1:1 due around now whose two people, and nobody else, are in the chat.
/// </summary>
internal sealed partial class OneOnOneMeetings(
    OneOnOneStore store,
    OneOnOneService service,
    IPeopleStore people,
    IConversationStore conversations,
    IOptions<OneOnOneOptions> options,
    TimeProvider clock,
    ILogger<OneOnOneMeetings> logger) : IMeetingLifecycle
{
    // A meeting started this long before or after its scheduled time is still taken for that 1:1.
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(30);

    public async Task OnMeetingStartedAsync(Turn turn, string meetingId, CancellationToken cancellationToken)
    {
        var occurrence = await FindAsync(turn, meetingId, cancellationToken);
        if (occurrence is null || await service.ViewAsync(occurrence, cancellationToken) is not { } view)
        {
            LogNotMatched(logger);
            return;
        }

        await store.LinkMeetingAsync(turn.TenantId, meetingId, occurrence.Id, cancellationToken);
        await store.ChangeOccurrenceAsync(
            turn.TenantId,
            occurrence.Id,
            current => current is { MeetingId: null } ? current with { MeetingId = meetingId } : null,
            cancellationToken);
        LogMatched(logger);
        await service.PostAgendaAsync(view, [AgendaTarget.Chat(turn.Address.ConversationId)], cancellationToken);
    }

    public async Task OnMeetingEndedAsync(Turn turn, string meetingId, CancellationToken cancellationToken)
    {
        if (await store.FindByMeetingAsync(turn.TenantId, meetingId, cancellationToken) is { } occurrenceId
            && await store.GetOccurrenceAsync(turn.TenantId, occurrenceId, cancellationToken) is { } occurrence)
        {
            await service.FinishAsync(occurrence, cancellationToken);
        }
    }

    private async Task<OneOnOneOccurrence?> FindAsync(Turn turn, string meetingId, CancellationToken cancellationToken)
    {
        if (await store.FindByMeetingAsync(turn.TenantId, meetingId, cancellationToken) is { } linked)
        {
            return await store.GetOccurrenceAsync(turn.TenantId, linked, cancellationToken);
        }

        if (await people.GetSenderAsync(turn, cancellationToken) is not { } sender)
        {
            return null;
        }

        var members = await MembersAsync(turn, cancellationToken);
        var now = clock.GetUtcNow();
        var pairs = (await store.ListSchedulesOfManagerAsync(turn.TenantId, sender.Id, cancellationToken))
            .Where(s => s.Active)
            .Select(s => (s.ManagerId, s.RepId))
            .ToList();
        if (sender.ManagerId is { } managerId)
        {
            pairs.Add((managerId, sender.Id));
        }

        var candidates = new List<OneOnOneOccurrence>();
        foreach (var (manager, rep) in pairs)
        {
            if (!members.CouldBe(manager, rep))
            {
                continue;
            }

            var latest = await store.ListOccurrencesAsync(turn.TenantId, manager, rep, before: null, 3, cancellationToken);
            foreach (var occurrence in latest)
            {
                if (occurrence.FinishedAt is null
                    && now >= occurrence.StartsAt - options.Value.AgendaLead - Tolerance
                    && now <= occurrence.EndsAt + Tolerance
                    && await service.IsCurrentAsync(occurrence, cancellationToken))
                {
                    candidates.Add(occurrence);
                }
            }
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>
    /// The chat's members as Teams lists them; when it cannot (the bot may not read the chat), the people seen there.
    /// </summary>
    private async Task<MeetingMembers> MembersAsync(Turn turn, CancellationToken cancellationToken)
    {
        IReadOnlyList<TeamsMember>? listed;
        try
        {
            listed = await ConversationMembers.ListAllAsync(turn.Connector, turn.Address, cancellationToken);
        }
        catch (ConnectorException)
        {
            // Teams kept failing: the meeting is still matched, by what the bot knows.
            listed = null;
        }

        if (listed is { Count: > 0 })
        {
            return new MeetingMembers(Ids(listed.Select(m => m.AadObjectId)), Complete: true);
        }

        // Gaps: without the list, the people of the chat are known only once they spoke or joined while the bot was
        // there, so with none known the sender's one 1:1 due now is taken.
        LogMembersUnlisted(logger);
        var seen = await conversations.GetMembersAsync(turn.TenantId, turn.Address.ConversationId, cancellationToken);
        return new MeetingMembers(Ids(seen.Select(m => m.AadObjectId)), Complete: false);
    }

    private static HashSet<string> Ids(IEnumerable<string?> ids) =>
        ids.OfType<string>().ToHashSet(StringComparer.Ordinal);

    [LoggerMessage(EventId = 2220, EventName = "OneOnOneMeetingMatched", Level = LogLevel.Information,
        Message = "A meeting started for a 1:1; posting its agenda into the meeting chat")]
    private static partial void LogMatched(ILogger logger);

    [LoggerMessage(EventId = 2221, EventName = "OneOnOneMeetingNotMatched", Level = LogLevel.Debug,
        Message = "A meeting started that is no single 1:1 due now")]
    private static partial void LogNotMatched(ILogger logger);

    [LoggerMessage(EventId = 2230, EventName = "OneOnOneMeetingMembersUnlisted", Level = LogLevel.Debug,
        Message = "Teams did not list a meeting chat's members; matching it by the people seen there and the time")]
    private static partial void LogMembersUnlisted(ILogger logger);
}
