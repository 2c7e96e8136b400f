using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>Reviews read the imported deals and their weekly snapshots from the deal store.</summary>
internal sealed class DealPipelineSource(IDealStore deals) : IPipelineSource
{
    // A review looks back one or two cadences; a gap in imports longer than this has no usable snapshot.
    private const int MaxWeeksBack = 8;

    public async Task<IReadOnlyList<Deal>> ListDealsAsync(
        string tenantId,
        IReadOnlyCollection<string> ownerIds,
        DateOnly closedSince,
        CancellationToken cancellationToken)
    {
        // A closed deal without a close date counts as closed on the import that last changed it (Deal.ClosedOn);
        // one written before the store kept that date cannot be placed and is left out. Gaps: a later change to such
        // a deal (say, old lost deals reassigned when a rep leaves) brings it back into the window as if it had just
        // closed.
        var all = await deals.ListTeamDealsAsync(tenantId, ownerIds, openOnly: false, cancellationToken);
        return [.. all.Where(d => d.IsOpen || d.ClosedOn >= closedSince)];
    }

    /// <summary>
    /// Each deal as the latest snapshot on or before <paramref name="asOf"/> kept it. The newest week with an
    /// import on or before that date says which deals were in the pipeline; a deal whose row was rewritten by a
    /// later import of its week is taken from an earlier week.
    /// </summary>
    public async Task<IReadOnlyList<Deal>> ListSnapshotAsync(
        string tenantId,
        IReadOnlyCollection<string> ownerIds,
        DateOnly asOf,
        CancellationToken cancellationToken)
    {
        // A snapshot keeps what moves week to week; the rest of the deal comes from its current row. A deal moved
        // between two of the owners by an import cut short is listed under both (see TableDealStore): once is enough.
        var current = (await deals.ListTeamDealsAsync(tenantId, ownerIds, openOnly: false, cancellationToken))
            .DistinctBy(d => d.CrmId, StringComparer.Ordinal)
            .ToDictionary(d => d.CrmId, StringComparer.Ordinal);
        var taken = new Dictionary<string, DealSnapshot>(StringComparer.Ordinal);
        Dictionary<string, DealSnapshot>? rewritten = null;
        var unresolved = new List<DealSnapshot>();
        bool CreatedSince(string crmId, DateOnly day) =>
            !current.TryGetValue(crmId, out var deal) || deal.CreatedDate >= day;

        for (var back = 0; back < MaxWeeksBack && rewritten is not { Count: 0 }; back++)
        {
            var week = IsoWeek.Of(asOf.AddDays(-7 * back));
            var snapshots = await deals.ListTeamSnapshotsAsync(tenantId, week, ownerIds, cancellationToken);
            if (rewritten is null)
            {
                // A week whose every row was written after asOf had no import by then: an earlier week is the one.
                if (!snapshots.Any(s => s.AsOf <= asOf))
                {
                    continue;
                }

                rewritten = new Dictionary<string, DealSnapshot>(StringComparer.Ordinal);
                foreach (var snapshot in snapshots)
                {
                    (snapshot.AsOf <= asOf ? taken : rewritten)[snapshot.CrmId] = snapshot;
                }
            }
            else
            {
                foreach (var snapshot in snapshots)
                {
                    if (snapshot.AsOf <= asOf && rewritten.Remove(snapshot.CrmId))
                    {
                        taken[snapshot.CrmId] = snapshot;
                    }
                }
            }

            // A deal created in this week or later has no earlier row to look for.
            foreach (var snapshot in rewritten.Values.Where(s => CreatedSince(s.CrmId, week.Monday)).ToList())
            {
                rewritten.Remove(snapshot.CrmId);
                unresolved.Add(snapshot);
            }
        }

        // Gaps: a row of the chosen week written after asOf may have been rewritten (the deal was there at asOf)
        // or first written then (it was not): rows do not say which, so a deal created by asOf counts as there,
        // with its later state when no earlier week has it.
        foreach (var snapshot in rewritten is null ? unresolved : unresolved.Concat(rewritten.Values))
        {
            if (current.TryGetValue(snapshot.CrmId, out var deal) && deal.CreatedDate <= asOf)
            {
                taken.TryAdd(snapshot.CrmId, snapshot);
            }
        }

        return [.. taken.Values
            .Where(s => current.ContainsKey(s.CrmId))
            .OrderBy(s => s.CrmId, StringComparer.Ordinal)
            .Select(s => current[s.CrmId] with
            {
                Name = s.Name,
                OwnerId = s.OwnerId,
                Stage = s.Stage,
                Amount = s.Amount,
                CloseDate = s.CloseDate,
                Category = s.Category,
                NextStep = s.NextStep,
                NextStepDate = s.NextStepDate,
            })];
    }
}
