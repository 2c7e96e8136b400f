using System.Security.Cryptography;
using System.Text;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Delivery;

/// <summary>
/// Keeps the unreachable flag on the person and, when someone newly becomes unreachable, tells their
/// manager once, so that prompts and reminders do not silently stop.
/// </summary>
/// <remarks>
/// Gaps: if the process stops between setting the flag and queuing the manager's notice, that episode's notice
/// is never sent, since the flag already says unreachable when the refused message is tried again.
/// </remarks>
internal sealed class PeopleRecipientStatus(IPeopleStore people, OutboundQueue outbound) : IRecipientStatus
{
    public const string NoticeKind = "people.unreachable";

    // A recent read may say "reachable": at worst one more send meets Teams' 403 and marks the person again.
    // "Unreachable" is read again, so that a person who came back since is not skipped.
    public async Task<bool> IsUnreachableAsync(string tenantId, string personId, CancellationToken cancellationToken) =>
        await people.GetRecentAsync(tenantId, personId, cancellationToken) is { Unreachable: true }
        && await people.GetAsync(tenantId, personId, cancellationToken) is { Unreachable: true };

    public async Task MarkUnreachableAsync(
        string tenantId,
        string personId,
        string cause,
        CancellationToken cancellationToken)
    {
        // Of several 403s at once, only the one whose ETag-guarded write turned the flag on tells the manager.
        if (!await people.SetUnreachableAsync(tenantId, personId, unreachable: true, cancellationToken))
        {
            return;
        }

        try
        {
            if (await people.GetAsync(tenantId, personId, cancellationToken) is { ManagerId: { } managerId } person)
            {
                await outbound.EnqueueAsync(Notice(tenantId, person, managerId, cause), cancellationToken);
            }
        }
        catch
        {
            // Undone, so that the refused message, tried again, marks the person again and the notice is not lost.
            await people.SetUnreachableAsync(tenantId, personId, unreachable: false, CancellationToken.None);
            throw;
        }
    }

    // The key names the episode by the message Teams refused, never by the time: tried again, it is the same notice.
    private static OutboundMessage Notice(string tenantId, Person person, string managerId, string cause)
    {
        var text = $"I can no longer send messages to {person.DisplayName}: they blocked or removed me in Teams, so "
            + "they will miss their prep prompts and reminders. Ask them to add me again from the Teams apps.";
        var episode = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(cause)), 0, 8);
        var key = $"unreachable:{person.Id}:{episode}";
        return new OutboundMessage(
            tenantId,
            key,
            NoticeKind,
            DeliveryTarget.Person(managerId),
            new Activity { Text = text });
    }
}
