using System.Globalization;
using System.Text.Json;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.Commitments;

/// <summary>
/// Done / New date / Blocked from any commitment card. Only an owner or a manager above an owner may act;
/// anyone else is told so and nothing changes. The card is replaced with the item's new state.
/// </summary>
internal sealed class CommitmentActionHandler(CommitmentService commitments, IPeopleStore people) : ICardActionHandler
{
    public string VerbPrefix => CommitmentVerbs.Prefix;

    // The action's id is stored on the commitment with the change it made, under the row's ETag.
    public bool DeduplicatesItself(string verb) =>
        verb is CommitmentVerbs.Done or CommitmentVerbs.Reschedule or CommitmentVerbs.Block;

    public async Task<InvokeResponse> HandleAsync(Turn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        // Who may act is checked on storage read now; the sender's zone reads a new date, so that one is
        // read now too, while done and block only show the zone.
        var actor = verb == CommitmentVerbs.Reschedule
            ? await people.GetSenderAsync(turn, cancellationToken)
            : await people.GetRecentSenderAsync(turn, cancellationToken);
        if (actor is null)
        {
            return InvokeResponse.Error(403, "UnknownPerson", PeopleTurns.UnknownSender);
        }

        if (!data.TryGetProperty("id", out var idValue) || idValue.GetString() is not { Length: > 0 } id)
        {
            return InvokeResponse.Error(400, "BadRequest", "This card names no commitment. Type **my commitments** for a new one.");
        }

        var zone = LocalClock.FindZone(actor.TimeZone) ?? TimeZoneInfo.Utc;
        var activityId = turn.Activity.Id;
        CommitmentChange change;
        string outcome;
        switch (verb)
        {
            case CommitmentVerbs.Done:
                change = await commitments.CompleteAsync(turn.TenantId, id, actor.Id, activityId, cancellationToken);
                outcome = "Done. Well kept.";
                break;
            case CommitmentVerbs.Reschedule:
                if (ReadNewDue(data, id, zone) is not { } newDue)
                {
                    return InvokeResponse.Error(400, "BadDate", "Pick a new date (and a time, if you like) and try again.");
                }

                change = await commitments.RescheduleAsync(
                    turn.TenantId, id, actor.Id, newDue, activityId, cancellationToken);
                outcome = "Moved to a new date";
                break;
            case CommitmentVerbs.Block:
                var reason = Text(data, "reason-" + id);
                change = await commitments.BlockAsync(
                    turn.TenantId, id, actor.Id, reason, activityId, cancellationToken);
                outcome = "Marked blocked: your manager will see it";
                break;
            default:
                return InvokeResponse.Error(400, "UnknownAction", "This card is out of date. Type **my commitments** for a new one.");
        }

        if (change.Updated is not { } updated)
        {
            return InvokeResponse.Error(change.Refusal == CommitmentService.NotYours ? 403 : 400, "Refused", change.Refusal!);
        }

        var view = (await commitments.ViewAsync([updated], actor, cancellationToken))[0];
        return InvokeResponse.Card(CommitmentCards.Updated(view, outcome));
    }

    private static DateTimeOffset? ReadNewDue(JsonElement data, string id, TimeZoneInfo zone)
    {
        if (!DateOnly.TryParseExact(Text(data, "newDate-" + id), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        var time = TimeOnly.TryParseExact(Text(data, "newTime-" + id), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : new TimeOnly(17, 0);
        return LocalClock.ToInstant(date, time, zone);
    }

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
