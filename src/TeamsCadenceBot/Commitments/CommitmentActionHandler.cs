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

    public async Task<InvokeResponse> HandleAsync(Turn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } actor)
        {
            return InvokeResponse.Error(403, "UnknownPerson", PeopleTurns.UnknownSender);
        }

        if (!data.TryGetProperty("id", out var idValue) || idValue.GetString() is not { Length: > 0 } id)
        {
            return InvokeResponse.Error(400, "BadRequest", "This card names no commitment. Type **my commitments** for a new one.");
        }

        var zone = LocalClock.FindZone(actor.TimeZone) ?? TimeZoneInfo.Utc;
        CommitmentChange change;
        string outcome;
        switch (verb)
        {
            case CommitmentVerbs.Done:
                change = await commitments.CompleteAsync(turn.TenantId, id, actor.Id, cancellationToken);
                outcome = "Done. Well kept.";
                break;
            case CommitmentVerbs.Reschedule:
                if (ReadNewDue(data, id, zone) is not { } newDue)
                {
                    return InvokeResponse.Error(400, "BadDate", "Pick a new date (and a time, if you like) and try again.");
                }

                change = await commitments.RescheduleAsync(turn.TenantId, id, actor.Id, newDue, cancellationToken);
                outcome = "Moved to a new date";
                break;
            case CommitmentVerbs.Block:
                change = await commitments.BlockAsync(turn.TenantId, id, actor.Id, Text(data, "reason-" + id), cancellationToken);
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
