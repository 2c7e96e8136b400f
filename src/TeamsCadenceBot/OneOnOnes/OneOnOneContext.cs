using Microsoft.Extensions.Options;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// Finds the 1:1 a typed command is about: the one linked to the meeting chat it is typed in, else the sender's
/// one open 1:1 (from its agenda time until it is closed).
/// </summary>
internal sealed class OneOnOneContext(
    OneOnOneStore store,
    OneOnOneService service,
    IOptions<OneOnOneOptions> options,
    TimeProvider clock)
{
    public async Task<(OneOnOneOccurrence? Occurrence, string? Problem)> FindAsync(
        Turn turn,
        Person sender,
        CancellationToken cancellationToken)
    {
        if (turn.Activity.ChannelData?.Meeting?.Id is { } meetingId
            && await store.FindByMeetingAsync(turn.TenantId, meetingId, cancellationToken) is { } linked
            && await store.GetOccurrenceAsync(turn.TenantId, linked, cancellationToken) is { } inMeeting)
        {
            return (inMeeting, null);
        }

        var open = await OpenAsync(turn.TenantId, sender, cancellationToken);
        return open.Count switch
        {
            1 => (open[0], null),
            0 => (null, "You have no 1:1 going on now. Action items and topics can be added from a 1:1's agenda card, which "
                + "arrives shortly before the meeting, or while it runs."),
            _ => (null, "You have more than one 1:1 open now, so I can't tell which one you mean. Use the agenda card of that 1:1."),
        };
    }

    /// <summary>The sender's 1:1s that are open now, as manager or as rep.</summary>
    public async Task<IReadOnlyList<OneOnOneOccurrence>> OpenAsync(string tenantId, Person sender, CancellationToken cancellationToken)
    {
        var pairs = (await store.ListSchedulesOfManagerAsync(tenantId, sender.Id, cancellationToken))
            .Select(s => (s.ManagerId, s.RepId))
            .ToList();
        if (sender.ManagerId is { } managerId)
        {
            pairs.Add((managerId, sender.Id));
        }

        var now = clock.GetUtcNow();
        var settings = options.Value;
        var open = new List<OneOnOneOccurrence>();
        foreach (var (manager, rep) in pairs)
        {
            foreach (var occurrence in await store.ListOccurrencesAsync(tenantId, manager, rep, before: null, 3, cancellationToken))
            {
                var opens = occurrence.AgendaTargets.Count > 0 ? DateTimeOffset.MinValue : occurrence.StartsAt - settings.AgendaLead;
                if (occurrence.FinishedAt is null
                    && now >= opens
                    && now <= occurrence.EndsAt + settings.CloseAfter
                    && await service.IsCurrentAsync(occurrence, cancellationToken))
                {
                    open.Add(occurrence);
                }
            }
        }

        return open;
    }
}
