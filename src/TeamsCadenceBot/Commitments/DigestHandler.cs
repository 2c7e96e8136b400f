using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Commitments;

/// <summary>
/// The manager's daily digest: one card listing what their reps missed since the previous digest (from the
/// previous day's set time, in the manager's zone, up to but not including this one's), sent only when something
/// was missed.
/// </summary>
/// <remarks>
/// Gaps: a change of the set time or of the manager's zone between two digests can leave a short stretch in
/// neither digest or in both, since each digest's window is fixed when it is planned.
/// </remarks>
internal sealed class DigestHandler(
    CommitmentStore store,
    CommitmentService commitments,
    IPeopleStore people,
    OutboundQueue outbound) : IScheduledWorkHandler
{
    public string Kind => CommitmentWork.Digest;

    public async Task HandleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        var digest = CommitmentWork.ReadDigest(work);
        if (await people.GetAsync(work.TenantId, digest.ManagerId, cancellationToken) is not { } manager)
        {
            return;
        }

        var since = digest.Since ?? digest.At.AddDays(-1);
        var sections = new List<(string, IReadOnlyList<CommitmentView>)>();
        foreach (var rep in await people.ListReportsAsync(work.TenantId, manager.Id, cancellationToken))
        {
            var missed = (await store.ListMissedAsync(work.TenantId, rep.Id, since, digest.At, cancellationToken))
                .OrderBy(c => c.DueAt)
                .ToList();
            if (missed.Count > 0)
            {
                sections.Add((rep.DisplayName, await commitments.ViewAsync(missed, manager, cancellationToken)));
            }
        }

        if (sections.Count == 0)
        {
            return;
        }

        var card = CommitmentCards.Digest($"Your team's missed commitments ({sections.Sum(s => s.Item2.Count)})", sections);
        var activity = new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] };
        await outbound.EnqueueAsync(
            new OutboundMessage(work.TenantId, work.Id, Kind, DeliveryTarget.Person(manager.Id), activity),
            cancellationToken);
    }
}
