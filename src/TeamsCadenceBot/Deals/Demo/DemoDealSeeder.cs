using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.Deals.Demo;

/// <summary>Writes the demo team and its deal history, week by week, so that snapshots and changes exist.</summary>
internal static class DemoDealSeeder
{
    /// <summary>The people and deals of <paramref name="history"/>, without a quota; see the other overload.</summary>
    public static Task<DealUpsertResult> SeedAsync(
        IDealStore deals,
        IPeopleStore people,
        DemoDealHistory history,
        CancellationToken cancellationToken) =>
        SeedAsync(deals, people, null, history, cancellationToken);

    /// <summary>
    /// Records the team's people with their manager, then imports each week of <paramref name="history"/> as of
    /// its day, skipping the weeks that already have snapshots (replaying an old week over newer data would undo
    /// it), so running it again changes nothing. Returns what the last week wrote. With <paramref name="settings"/>,
    /// also gives the manager's team the history's quarter quota when it has none for that quarter.
    /// </summary>
    public static async Task<DealUpsertResult> SeedAsync(
        IDealStore deals,
        IPeopleStore people,
        TeamSettingsStore? settings,
        DemoDealHistory history,
        CancellationToken cancellationToken)
    {
        var team = history.Team;
        await people.UpsertAsync(
            team.TenantId,
            new PersonSighting(team.Manager.Id, team.Manager.Name, Email: team.Manager.Email),
            cancellationToken);
        foreach (var rep in team.Reps)
        {
            var person = await people.UpsertAsync(
                team.TenantId,
                new PersonSighting(rep.Id, rep.Name, Email: rep.Email),
                cancellationToken);
            if (person.ManagerId != team.Manager.Id)
            {
                await people.SetManagerAsync(team.TenantId, rep.Id, team.Manager.Id, person.ManagerId, cancellationToken);
            }
        }

        var weeks = history.Weeks;
        var first = 0;
        while (first < weeks.Count - 1
            && (await deals.ListSnapshotsAsync(team.TenantId, IsoWeek.Of(weeks[first].AsOf), cancellationToken)).Count > 0)
        {
            first++;
        }

        if (settings is not null && history.Quota is { } quota)
        {
            var current = await settings.GetAsync(team.TenantId, team.Manager.Id, cancellationToken);
            if (current.Quota?.QuarterStart != quota.QuarterStart)
            {
                var withQuota = current with { Quota = quota };
                await settings.SaveAsync(team.TenantId, team.Manager.Id, withQuota, cancellationToken);
            }
        }

        var result = DealUpsertResult.Empty;
        foreach (var week in weeks.Skip(first))
        {
            result = await deals.UpsertAsync(team.TenantId, week.Deals, week.AsOf, cancellationToken);
        }

        return result;
    }
}
