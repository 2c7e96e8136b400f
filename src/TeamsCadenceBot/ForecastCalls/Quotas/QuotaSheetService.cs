using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.ForecastCalls.Quotas;

/// <summary>
/// Loads a manager's quota sheet and saves what the card sends, after checking anew each time that the person acting
/// is the manager or a leader above (the card may have been forwarded, or the team changed, since it was posted).
/// </summary>
internal sealed class QuotaSheetService(
    IQuotaStore quotas,
    IPeopleStore people,
    TeamSettingsStore teams,
    TimeProvider clock,
    ILogger<QuotaSheetService> logger)
{
    /// <summary>
    /// The period <paramref name="text"/> names in the fiscal year of <paramref name="managerId"/>'s team (empty: the
    /// current quarter in <paramref name="viewer"/>'s time zone), or null when it names none.
    /// </summary>
    public async Task<ForecastPeriod?> ReadPeriodAsync(
        string tenantId,
        string managerId,
        Person viewer,
        string? text,
        CancellationToken cancellationToken)
    {
        var settings = await teams.GetAsync(tenantId, managerId, cancellationToken);
        var zone = LocalClock.FindZone(viewer.TimeZone) ?? TimeZoneInfo.Utc;
        var today = LocalClock.Today(clock.GetUtcNow(), zone);
        return ForecastPeriod.TryParse(text, settings.Thresholds.FiscalYearStartMonth, today, out var period)
            ? period
            : null;
    }

    public async Task<QuotaOutcome> ShowAsync(
        string tenantId,
        Person actor,
        string managerId,
        ForecastPeriod period,
        CancellationToken cancellationToken)
    {
        var (sheet, refusal) = await LoadAsync(tenantId, actor, managerId, period, cancellationToken);
        return sheet is null ? refusal! : QuotaOutcome.Shown(sheet);
    }

    /// <summary>Stores the amounts typed for the manager's current reps, or stores nothing and says why.</summary>
    public async Task<QuotaOutcome> SaveAsync(
        string tenantId,
        Person actor,
        string managerId,
        ForecastPeriod period,
        IReadOnlyDictionary<string, string?> typed,
        CancellationToken cancellationToken)
    {
        var (sheet, refusal) = await LoadAsync(tenantId, actor, managerId, period, cancellationToken);
        if (sheet is null)
        {
            return refusal!;
        }

        if (QuotaRules.Changes(sheet.Reps, typed, out var problem) is not { } changes)
        {
            QuotaLog.CardSaveRefused(logger, "bad amount");
            return QuotaOutcome.Refused(problem!);
        }

        var now = clock.GetUtcNow();
        foreach (var (repId, amount) in changes)
        {
            await quotas.SetQuotaAsync(
                tenantId,
                new RepQuota(repId, period.Key, amount, actor.Id, now),
                cancellationToken);
        }

        QuotaLog.CardSaved(logger, changes.Count, period.Key);
        var saved = changes.ToDictionary(c => c.RepId, c => c.Amount, StringComparer.Ordinal);
        var reps = sheet.Reps
            .Select(r => saved.TryGetValue(r.RepId, out var amount) ? r with { Amount = amount } : r)
            .ToList();
        return QuotaOutcome.Shown(sheet with { Reps = reps, Status = QuotaRules.Saved(changes.Count) });
    }

    private async Task<(QuotaSheet? Sheet, QuotaOutcome? Refusal)> LoadAsync(
        string tenantId,
        Person actor,
        string managerId,
        ForecastPeriod period,
        CancellationToken cancellationToken)
    {
        var chain = await people.GetManagementChainAsync(tenantId, managerId, cancellationToken);
        if (chain.Count == 0)
        {
            return (null, QuotaOutcome.Refused(
                "This card names someone I no longer know. Type **quotas** for a new one."));
        }

        var manager = chain[0];
        if (!QuotaRules.MaySetTeamQuotas(actor.Id, chain))
        {
            QuotaLog.CardRefused(logger);
            return (null, QuotaOutcome.NotAllowed(QuotaRules.NotAllowed(manager.DisplayName)));
        }

        var reps = await people.ListReportsAsync(tenantId, manager.Id, cancellationToken);
        if (reps.Count == 0)
        {
            return (null, QuotaOutcome.Refused(actor.Id == manager.Id
                ? QuotaRules.NoTeam
                : $"{manager.DisplayName} has no reps, so there are no quotas to set."));
        }

        var stored = await quotas.GetQuotasAsync(tenantId, period, [.. reps.Select(r => r.Id)], cancellationToken);
        var lines = reps
            .Select(r => new QuotaLine(r.Id, r.DisplayName, stored.TryGetValue(r.Id, out var q) ? q.Amount : null))
            .ToList();
        var below = await people.ListManagersOfLeaderAsync(tenantId, manager.Id, cancellationToken);
        return (new QuotaSheet(manager.Id, manager.DisplayName, actor.Id, period, lines, below), null);
    }
}
