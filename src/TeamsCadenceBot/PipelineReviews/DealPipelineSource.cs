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
        var all = await deals.ListTeamDealsAsync(tenantId, ownerIds, openOnly: false, cancellationToken);
        return [.. all.Where(d => d.IsOpen || ClosedOn(d) >= closedSince)];
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
        // A snapshot keeps what moves week to week; the rest of the deal comes from its current row.
        var current = (await deals.ListTeamDealsAsync(tenantId, ownerIds, openOnly: false, cancellationToken))
            .ToDictionary(d => d.CrmId, StringComparer.Ordinal);
        var taken = new Dictionary<string, DealSnapshot>(StringComparer.Ordinal);
        var rewritten = new Dictionary<string, DealSnapshot>(StringComparer.Ordinal);
        var unresolved = new List<DealSnapshot>();
        var settled = false;
        bool CreatedSince(string crmId, DateOnly day) =>
            !current.TryGetValue(crmId, out var deal) || deal.CreatedDate >= day;

        for (var back = 0; back < MaxWeeksBack && !(settled && rewritten.Count == 0); back++)
        {
            var week = IsoWeek.Of(asOf.AddDays(-7 * back));
            foreach (var snapshot in await deals.ListTeamSnapshotsAsync(tenantId, week, ownerIds, cancellationToken))
            {
                if (snapshot.AsOf <= asOf)
                {
                    // Until a week had an import by asOf, every row counts; after it, only the rewritten deals.
                    if (rewritten.Remove(snapshot.CrmId) || !settled)
                    {
                        taken.TryAdd(snapshot.CrmId, snapshot);
                    }
                }
                else if (!settled && !taken.ContainsKey(snapshot.CrmId))
                {
                    rewritten.TryAdd(snapshot.CrmId, snapshot);
                }
            }

            settled = taken.Count > 0;

            // A deal created in this week or later has no earlier row to look for.
            foreach (var snapshot in rewritten.Values.Where(s => CreatedSince(s.CrmId, week.Monday)).ToList())
            {
                rewritten.Remove(snapshot.CrmId);
                unresolved.Add(snapshot);
            }
        }

        // Gaps: a deal first imported in the week of asOf and changed later that week kept only its later state;
        // when it was created by asOf, that later state stands in for the lost one rather than calling it new.
        foreach (var snapshot in unresolved.Concat(rewritten.Values))
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

    // A closed deal without a close date counts as closed on the import that last changed it (it closed then or
    // before); one written before the store kept that date cannot be placed and is left out.
    private static DateOnly? ClosedOn(Deal deal) => deal.CloseDate ?? deal.ImportedOn;
}
