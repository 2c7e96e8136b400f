using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>Computes a team's forecast from its facts: every number the manager's view shows.</summary>
internal static class ForecastBoard
{
    public static TeamForecast Build(ForecastFacts facts)
    {
        var rollups = facts.Reps
            .Select(r => ForecastRollups.ForRep(r.Id, facts.Deals, facts.Period, Quota(facts, r.Id)))
            .ToList();
        var teamForecast = RiskRules.TeamForecast(rollups);
        var lastWeek = facts.LastWeek
            .GroupBy(s => s.CrmId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.AsOf)!, StringComparer.Ordinal);
        var history = facts.History;
        var reps = facts.Reps
            .Zip(rollups)
            .Select(pair => Rep(facts, pair.First, pair.Second, lastWeek, teamForecast, history))
            .OrderBy(r => r.RepName, StringComparer.CurrentCulture)
            .ToList();
        var quoted = rollups.Where(r => r.Quota is not null).ToList();
        var teamCoverage = CoverageRules.Of(
            [.. quoted.SelectMany(r => r.OpenDeals)],
            quoted.Count == 0 ? null : quoted.Sum(r => r.RemainingQuota!.Value),
            facts.Forecast,
            facts.Pipeline);
        var lastPeriod = history.FirstOrDefault(h => h.PeriodKey == facts.Period.Previous().Key);
        return new TeamForecast(
            facts.ManagerId,
            facts.ManagerName,
            facts.Period,
            reps,
            teamCoverage,
            teamForecast,
            lastPeriod,
            facts.Forecast);
    }

    /// <summary>The rep's latest submission, and their latest one made before the ISO week of it.</summary>
    public static (RepSubmission? Latest, RepSubmission? PreviousWeek) Latest(
        IEnumerable<RepSubmission> submissions,
        string repId)
    {
        var own = submissions.Where(s => s.RepId == repId).OrderBy(s => s.At).ToList();
        if (own.Count == 0)
        {
            return (null, null);
        }

        var latest = own[^1];
        var week = IsoWeek.Of(DateOnly.FromDateTime(latest.At.UtcDateTime));
        var before = own.LastOrDefault(s => IsoWeek.Of(DateOnly.FromDateTime(s.At.UtcDateTime)) < week);
        return (latest, before);
    }

    private static RepForecast Rep(
        ForecastFacts facts,
        TeamMember member,
        RepRollup rollup,
        IReadOnlyDictionary<string, DealSnapshot> lastWeek,
        decimal teamForecast,
        IReadOnlyList<PeriodResult> history)
    {
        var (latest, previousWeek) = Latest(facts.Submissions, member.Id);
        var coverage = CoverageRules.Of(rollup.OpenDeals, rollup.RemainingQuota, facts.Forecast, facts.Pipeline);
        var flags = RiskRules.ForRep(rollup, coverage, lastWeek, teamForecast, facts.Today, facts.Forecast);
        var commit = latest?.Figures.Commit ?? rollup.Crm.Commit;
        var calibrated = Calibration.For(member.Id, commit, history, facts.Forecast.CalibrationPeriods);
        var lastPeriod = history.FirstOrDefault(h => h.PeriodKey == facts.Period.Previous().Key)?.Reps
            .FirstOrDefault(o => o.RepId == member.Id);
        return new RepForecast(
            member.Id,
            member.Name,
            rollup,
            latest,
            previousWeek,
            facts.ManagerCalls.TryGetValue(member.Id, out var call) ? call : null,
            calibrated,
            coverage,
            flags,
            lastPeriod);
    }

    private static decimal? Quota(ForecastFacts facts, string repId) =>
        facts.Quotas.TryGetValue(repId, out var quota) ? quota : null;
}
