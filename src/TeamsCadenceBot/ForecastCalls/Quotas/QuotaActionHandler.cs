using System.Globalization;
using System.Text.Json;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.ForecastCalls.Quotas;

/// <summary>The quota card's actions: show a sheet (a period, a team below) and save the typed quotas.</summary>
internal sealed class QuotaActionHandler(QuotaSheetService sheets, IPeopleStore people) : ICardActionHandler
{
    private const string OutOfDate = "This card is out of date. Type **quotas** for a new one.";

    public string VerbPrefix => QuotaVerbs.Prefix;

    public async Task<InvokeResponse> HandleAsync(
        Turn turn,
        string verb,
        JsonElement data,
        CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } actor)
        {
            return InvokeResponse.Error(403, "UnknownPerson", PeopleTurns.UnknownSender);
        }

        if (Text(data, "managerId") is not { } managerId
            || await sheets.ReadPeriodAsync(turn.TenantId, managerId, actor, Text(data, "period"), cancellationToken)
                is not { } period)
        {
            return InvokeResponse.Error(400, "BadRequest", OutOfDate);
        }

        var outcome = verb switch
        {
            QuotaVerbs.Show => await sheets.ShowAsync(turn.TenantId, actor, managerId, period, cancellationToken),
            QuotaVerbs.Save =>
                await sheets.SaveAsync(turn.TenantId, actor, managerId, period, Typed(data), cancellationToken),
            _ => null,
        };
        return outcome switch
        {
            null => InvokeResponse.Error(400, "UnknownAction", OutOfDate),
            { Sheet: { } sheet } => InvokeResponse.Card(QuotaCards.Sheet(sheet)),
            { Forbidden: true } => InvokeResponse.Error(403, "NotAllowed", outcome.Refusal!),
            _ => InvokeResponse.Error(400, "NotSaved", outcome.Refusal!),
        };
    }

    // Teams sends an Input.Number's value as text; a client may send a JSON number.
    private static Dictionary<string, string?> Typed(JsonElement data)
    {
        var typed = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in data.EnumerateObject())
        {
            if (property.Name.StartsWith(QuotaVerbs.InputPrefix, StringComparison.Ordinal))
            {
                typed[property.Name[QuotaVerbs.InputPrefix.Length..]] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetDecimal().ToString(CultureInfo.InvariantCulture),
                    JsonValueKind.Null => null,
                    _ => property.Value.GetRawText(),
                };
            }
        }

        return typed;
    }

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
