using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// Queues 1:1 cards: to a person and to anyone standing in for them (each copy drawn for its reader), to a
/// meeting chat, and updates of a card already sent, which replace it in place through the activity id the
/// outbox recorded when the original went out.
/// </summary>
internal sealed class OneOnOneOutbox(OutboundQueue outbound, OutboxStore outbox, IStandIns standIns)
{
    /// <summary>The copies of a card meant for <paramref name="person"/>: theirs and their stand-ins'.</summary>
    public IReadOnlyList<AgendaTarget> TargetsFor(string tenantId, Person person) =>
        [
            AgendaTarget.Person(person.Id),
            .. standIns.For(tenantId, person.Id).Select(h => AgendaTarget.StandIn(h, person.Id)),
        ];

    /// <summary>Queues one copy of a card; <paramref name="key"/> is the copy's idempotency key.</summary>
    public Task SendAsync(
        string tenantId,
        string key,
        string kind,
        AgendaTarget target,
        AdaptiveCard card,
        string? summary,
        CancellationToken cancellationToken) =>
        EnqueueAsync(tenantId, key, kind, target, card, summary, replaces: null, cancellationToken);

    // Gaps: updates of one card are queued independently, so two changes within a second may reach Teams out of
    // order and leave a copy one change behind until the next update or the card's refresh on view.
    // Gaps: the original's outbox row is deleted DeliveryOptions.KeepFinishedFor (30 days) after it was sent, and a
    // card older than that is then not updated, as if it had not gone out.
    /// <summary>
    /// Replaces the copy first sent under <paramref name="originalKey"/>; false when it has not gone out yet (it
    /// will then show what it was queued with until the next update or a refresh) or its outbox row is gone.
    /// </summary>
    public async Task<bool> UpdateAsync(
        string tenantId,
        string originalKey,
        int revision,
        string kind,
        AgendaTarget target,
        AdaptiveCard card,
        CancellationToken cancellationToken)
    {
        if (await outbox.GetAsync(tenantId, originalKey, cancellationToken) is not { SentActivityId: { } activityId })
        {
            return false;
        }

        var key = $"{originalKey}:r{revision}";
        await EnqueueAsync(tenantId, key, kind + ".update", target, card, summary: null, activityId, cancellationToken);
        return true;
    }

    private Task EnqueueAsync(
        string tenantId,
        string key,
        string kind,
        AgendaTarget target,
        AdaptiveCard card,
        string? summary,
        string? replaces,
        CancellationToken cancellationToken)
    {
        var destination = target.ConversationId is { } chat
            ? DeliveryTarget.Conversation(chat)
            : DeliveryTarget.Person(target.PersonId!);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [card.ToAttachment()],
            Summary = summary,
        };
        return outbound.EnqueueAsync(
            new OutboundMessage(tenantId, key, kind, destination, activity) { ReplacesActivityId = replaces },
            cancellationToken);
    }
}
