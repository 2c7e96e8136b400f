using System.Globalization;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// Writes what a call changes: the call itself with a snapshot of every rep, the reps' submissions and the
/// manager's calls (each also rewrites the latest call's snapshot), and the accuracy of closed periods.
/// </summary>
internal sealed class ForecastRecorder(IForecastStore store, IDealStore deals, TimeProvider clock)
{
    /// <summary>Stores a new call for the team's period with a snapshot of each rep as the forecast stands.</summary>
    public async Task<ForecastCallRecord> StartAsync(
        string tenantId,
        TeamForecast team,
        string launchedBy,
        string conversationId,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Ticks first, so call ids sort in launch order; the suffix keeps two launches in one tick apart.
        var callId = now.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-"
            + Guid.NewGuid().ToString("N")[..6];
        var call = new ForecastCallRecord(
            callId,
            team.ManagerId,
            team.Period.Key,
            conversationId,
            launchedBy,
            now,
            null);
        await store.AddCallAsync(tenantId, call, cancellationToken);
        foreach (var rep in team.Reps)
        {
            await store.UpdateSnapshotAsync(
                tenantId,
                team.ManagerId,
                team.Period.Key,
                callId,
                rep.RepId,
                _ => Snapshot(callId, rep, now),
                cancellationToken);
        }

        return call;
    }

    /// <summary>Keeps the rep's call and writes it into the latest call's snapshot of the rep.</summary>
    public async Task SubmitAsync(
        string tenantId,
        TeamForecast team,
        RepForecast rep,
        RepSubmission submission,
        CancellationToken cancellationToken)
    {
        await store.AddSubmissionAsync(tenantId, team.ManagerId, submission, cancellationToken);
        await RewriteSnapshotAsync(
            tenantId,
            team,
            rep,
            s => s with { TakenAt = submission.At, RepCall = submission.Figures },
            cancellationToken);
    }

    /// <summary>Sets the manager's call for the rep and writes it into the latest call's snapshot of the rep.</summary>
    public async Task SetManagerCallAsync(
        string tenantId,
        TeamForecast team,
        RepForecast rep,
        ManagerCall call,
        CancellationToken cancellationToken)
    {
        await store.SetManagerCallAsync(tenantId, team.ManagerId, team.Period.Key, call, cancellationToken);
        await RewriteSnapshotAsync(
            tenantId,
            team,
            rep,
            s => s with { TakenAt = call.SetAt, ManagerCall = call.Amount },
            cancellationToken);
    }

    // Gaps: a period is measured only once a later call of the same team is launched; a team that stops holding
    // calls never gets its last period measured.

    /// <summary>
    /// Measures each of the <paramref name="lookBack"/> periods before <paramref name="current"/> that has closed,
    /// had calls and was not measured yet: closed won per rep from the deals as they stand now, against the
    /// snapshots. Run when a call is launched, so the first call of a new period shows the last one's accuracy.
    /// </summary>
    public async Task<int> MeasureClosedAsync(
        string tenantId,
        Person manager,
        IReadOnlyList<Person> reps,
        ForecastPeriod current,
        DateOnly today,
        int lookBack,
        CancellationToken cancellationToken)
    {
        var measured = (await store.ListResultsAsync(tenantId, manager.Id, cancellationToken))
            .Select(r => r.PeriodKey)
            .ToHashSet(StringComparer.Ordinal);
        var added = 0;
        var period = current;
        IReadOnlyList<Deal>? teamDeals = null;
        for (var back = 0; back < lookBack; back++)
        {
            period = period.Previous();
            if (!period.IsClosed(today) || measured.Contains(period.Key))
            {
                continue;
            }

            var records = await store.GetPeriodAsync(tenantId, manager.Id, period.Key, cancellationToken);
            if (records.Calls.Count == 0)
            {
                continue;
            }

            var repIds = reps.Select(r => r.Id).ToList();
            teamDeals ??= await deals.ListTeamDealsAsync(tenantId, repIds, openOnly: false, cancellationToken);
            var won = WonBy(teamDeals, period);
            var result = ForecastAccuracy.Measure(
                period.Key,
                [.. records.Calls.Select(c => c.CallId)],
                records.Snapshots,
                won,
                clock.GetUtcNow());
            if (await store.AddResultAsync(tenantId, manager.Id, result, cancellationToken))
            {
                added++;
            }
        }

        return added;
    }

    private async Task RewriteSnapshotAsync(
        string tenantId,
        TeamForecast team,
        RepForecast rep,
        Func<CallSnapshot, CallSnapshot> change,
        CancellationToken cancellationToken)
    {
        var records = await store.GetPeriodAsync(tenantId, team.ManagerId, team.Period.Key, cancellationToken);
        if (records.LatestCall is not { } latest)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await store.UpdateSnapshotAsync(
            tenantId,
            team.ManagerId,
            team.Period.Key,
            latest.CallId,
            rep.RepId,
            stored => change(stored ?? Snapshot(latest.CallId, rep, now)),
            cancellationToken);
    }

    private static Dictionary<string, decimal> WonBy(IEnumerable<Deal> teamDeals, ForecastPeriod period) =>
        teamDeals
            .Where(d => d.Stage == DealStage.ClosedWon && d.CloseDate is { } close && period.Contains(close))
            .GroupBy(d => d.OwnerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(d => d.Amount ?? 0m), StringComparer.Ordinal);

    private static CallSnapshot Snapshot(string callId, RepForecast rep, DateTimeOffset at) => new(
        callId,
        rep.RepId,
        at,
        rep.Rollup.Quota,
        rep.Rollup.ClosedWon,
        rep.Rollup.Crm,
        rep.Submission?.Figures,
        rep.ManagerCall);
}
