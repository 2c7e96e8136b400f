using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Commitments;

/// <summary>Queues a commitment card to each owner's personal chat, in that owner's own time zone.</summary>
internal sealed class CommitmentNotifier(CommitmentService commitments, IPeopleStore people, OutboundQueue outbound)
{
    public async Task SendToOwnersAsync(
        Commitment item,
        string workId,
        string kind,
        Func<CommitmentView, AdaptiveCard> card,
        CancellationToken cancellationToken)
    {
        foreach (var ownerId in item.OwnerIds)
        {
            if (await people.GetAsync(item.TenantId, ownerId, cancellationToken) is not { } owner)
            {
                continue;
            }

            var view = (await commitments.ViewAsync([item], owner, cancellationToken))[0];
            var activity = new Activity { Type = ActivityTypes.Message, Attachments = [card(view).ToAttachment()], Summary = item.Text };
            await outbound.EnqueueAsync(
                new OutboundMessage(item.TenantId, workId + ":" + ownerId, kind, DeliveryTarget.Person(ownerId), activity),
                cancellationToken);
        }
    }
}
