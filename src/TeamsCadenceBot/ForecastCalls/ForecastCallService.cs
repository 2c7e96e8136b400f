using TeamsCadenceBot.Deals;
using TeamsCadenceBot.ForecastCalls.Quotas;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// Loads what a forecast call shows: who the viewer is to the team, and the team's forecast for a period from the
/// deals, the quotas, the kept submissions and calls, last week's deal snapshots and the measured past periods.
/// </summary>
internal sealed class ForecastCallService(
    IForecastStore store,
    IDealStore deals,
    IQuotaStore quotas,
    IPeopleStore people,
    TeamSettingsStore settings,
    TimeProvider clock)
{
    /// <summary>The viewer of <paramref name="managerId"/>'s call; null when that manager is not known.</summary>
    public async Task<ForecastViewer?> ViewerAsync(
        string tenantId,
        Person actor,
        string managerId,
        CancellationToken cancellationToken)
    {
        var chain = await people.GetManagementChainAsync(tenantId, managerId, cancellationToken);
        if (chain.Count == 0)
        {
            return null;
        }

        var reps = await people.ListReportsAsync(tenantId, managerId, cancellationToken);
        return new ForecastViewer(actor, ForecastAccess.RoleOf(actor.Id, chain, reps), chain[0], chain, reps);
    }

    /// <summary>The period <paramref name="text"/> names in the manager's fiscal year, as of their today.</summary>
    public async Task<ForecastPeriod?> ParsePeriodAsync(
        string tenantId,
        Person manager,
        string? text,
        CancellationToken cancellationToken)
    {
        var thresholds = (await settings.GetAsync(tenantId, manager.Id, cancellationToken)).Thresholds;
        return ForecastPeriod.TryParse(text, thresholds.FiscalYearStartMonth, TodayOf(manager), out var period)
            ? period
            : null;
    }

    /// <summary>The person's today in their own time zone.</summary>
    public DateOnly TodayOf(Person person) =>
        LocalClock.Today(clock.GetUtcNow(), LocalClock.FindZone(person.TimeZone) ?? TimeZoneInfo.Utc);

    public async Task<TeamForecast> LoadTeamAsync(
        string tenantId,
        Person manager,
        IReadOnlyList<Person> reps,
        ForecastPeriod period,
        CancellationToken cancellationToken)
    {
        var repIds = reps.Select(r => r.Id).ToList();
        var pipeline = (await settings.GetAsync(tenantId, manager.Id, cancellationToken)).Thresholds;
        var forecast = await store.GetThresholdsAsync(tenantId, manager.Id, cancellationToken);
        var today = TodayOf(manager);
        var teamDeals = await deals.ListTeamDealsAsync(tenantId, repIds, openOnly: false, cancellationToken);
        var owned = teamDeals.Select(d => d.CrmId).ToHashSet(StringComparer.Ordinal);
        // Gaps: moved close dates and category changes are measured against last ISO week's snapshot only; a week
        // without an import leaves nothing to compare with, so those flags are not raised.
        var lastWeek = (await deals.ListSnapshotsAsync(tenantId, IsoWeek.Of(today).Previous, cancellationToken))
            .Where(s => owned.Contains(s.CrmId))
            .ToList();
        var quotaRows = await quotas.GetQuotasAsync(tenantId, period, repIds, cancellationToken);
        var records = await store.GetPeriodAsync(tenantId, manager.Id, period.Key, cancellationToken);
        var history = (await store.ListResultsAsync(tenantId, manager.Id, cancellationToken))
            .Where(r => string.CompareOrdinal(r.PeriodKey, period.Key) < 0)
            .ToList();
        var facts = new ForecastFacts(
            manager.Id,
            manager.DisplayName,
            period,
            today,
            [.. reps.Select(r => new TeamMember(r.Id, r.DisplayName))],
            teamDeals,
            quotaRows.ToDictionary(q => q.Key, q => q.Value.Amount, StringComparer.Ordinal),
            records.Submissions,
            records.ManagerCalls.ToDictionary(c => c.Key, c => c.Value.Amount, StringComparer.Ordinal),
            lastWeek,
            history,
            forecast,
            pipeline);
        return ForecastBoard.Build(facts);
    }

    /// <summary>The team forecasts of the managers who report to <paramref name="leader"/>, by manager name.</summary>
    public async Task<IReadOnlyList<TeamForecast>> LoadLeaderAsync(
        string tenantId,
        Person leader,
        ForecastPeriod period,
        CancellationToken cancellationToken)
    {
        var teams = new List<TeamForecast>();
        foreach (var manager in await people.ListManagersOfLeaderAsync(tenantId, leader.Id, cancellationToken))
        {
            var reps = await people.ListReportsAsync(tenantId, manager.Id, cancellationToken);
            teams.Add(await LoadTeamAsync(tenantId, manager, reps, period, cancellationToken));
        }

        return teams;
    }
}
