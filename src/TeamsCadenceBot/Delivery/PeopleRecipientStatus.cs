using System.Globalization;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Delivery;

/// <summary>
/// Keeps the unreachable flag on the person and, when someone newly becomes unreachable, tells their
/// manager once, so that prompts and reminders do not silently stop.
/// </summary>
internal sealed class PeopleRecipientStatus(IPeopleStore people, OutboundQueue outbound, TimeProvider clock) : IRecipientStatus
{
    // A recent read may say "reachable": at worst one more send meets Teams' 403 and marks the person again.
    // "Unreachable" is read again, so that a person who came back since is not skipped.
    public async Task<bool> IsUnreachableAsync(string tenantId, string personId, CancellationToken cancellationToken) =>
        await people.GetRecentAsync(tenantId, personId, cancellationToken) is { Unreachable: true }
        && await people.GetAsync(tenantId, personId, cancellationToken) is { Unreachable: true };

    public async Task MarkUnreachableAsync(string tenantId, string personId, CancellationToken cancellationToken)
    {
        var before = await people.GetAsync(tenantId, personId, cancellationToken);
        await people.SetUnreachableAsync(tenantId, personId, unreachable: true, cancellationToken);
        if (before is not { Unreachable: false, ManagerId: { } managerId })
        {
            return;
        }

        var text = $"I can no longer send messages to {before.DisplayName}: they blocked or removed me in Teams, so they "
            + "will miss their prep prompts and reminders. Ask them to add me again from the Teams apps.";
        var key = $"unreachable:{personId}:{clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture)}";
        await outbound.EnqueueAsync(
            new OutboundMessage(tenantId, key, "people.unreachable", DeliveryTarget.Person(managerId), new Activity { Text = text }),
            cancellationToken);
    }
}
