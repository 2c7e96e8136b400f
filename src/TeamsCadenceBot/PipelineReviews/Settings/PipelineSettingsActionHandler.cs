using System.Text.Json;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.PipelineReviews.Settings;

/// <summary>
/// Save and Reset to defaults on the settings card. The person is checked anew; a bad value is refused with the
/// field named and the card left as typed; a card older than the stored settings is replaced by the current ones.
/// </summary>
internal sealed class PipelineSettingsActionHandler(
    PipelineSettingsService settings,
    IPeopleStore people,
    ILogger<PipelineSettingsActionHandler> logger) : ICardActionHandler
{
    public string VerbPrefix => PipelineSettingsVerbs.Prefix;

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

        if (verb is not (PipelineSettingsVerbs.Save or PipelineSettingsVerbs.Reset)
            || Text(data, "managerId") is not { } managerId
            || !data.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String)
        {
            return InvokeResponse.Error(
                400,
                "UnknownAction",
                "This card is out of date. Type **pipeline settings** for a new one.");
        }

        var reset = verb == PipelineSettingsVerbs.Reset;
        var outcome = await settings.SaveAsync(
            turn.TenantId,
            SettingsActor.Person(actor.Id),
            managerId,
            version.GetString()!,
            reset ? new Dictionary<string, string?>() : Values(data),
            reset,
            cancellationToken);
        switch (outcome.Status)
        {
            case SettingsStatus.Done:
                var changed = outcome.Changed!;
                PipelineSettingsLog.Saved(logger, changed, reset);
                return InvokeResponse.Card(PipelineSettingsCards.Settings(outcome.View!, SavedNotice(changed, reset)));
            case SettingsStatus.Outdated:
                PipelineSettingsLog.Refused(logger, outcome.Status);
                return InvokeResponse.Card(PipelineSettingsCards.Settings(outcome.View!, outcome.Message));
            default:
                PipelineSettingsLog.Refused(logger, outcome.Status);
                return outcome.Status == SettingsStatus.Forbidden
                    ? InvokeResponse.Error(403, "NotAllowed", outcome.Message!)
                    : InvokeResponse.Error(
                        400,
                        outcome.Status == SettingsStatus.Invalid ? "BadSetting" : "NoTeam",
                        outcome.Message!);
        }
    }

    private static string SavedNotice(IReadOnlyList<ThresholdSetting> changed, bool reset) =>
        changed.Count == 0 ? "Nothing changed: every value was already as saved."
        : reset ? $"Every threshold is back at its default ({changed.Count} changed). Reviews use them from now on."
        : $"Saved {changed.Count} change{(changed.Count == 1 ? "" : "s")}: "
            + string.Join("; ", changed.Select(s => s.Label)) + ". Reviews use them from now on.";

    // Teams sends every input's value as text; a client that sends numbers is read the same way.
    private static Dictionary<string, string?> Values(JsonElement data)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var setting in ThresholdSettings.All)
        {
            if (data.TryGetProperty(setting.Id, out var value))
            {
                values[setting.Id] = value.ValueKind switch
                {
                    JsonValueKind.Number => value.GetRawText(),
                    JsonValueKind.String => value.GetString(),
                    _ => null,
                };
            }
        }

        return values;
    }

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } s
                ? s
                : null;
}
