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
        return [.. all.Where(d => d.IsOpen || d.CloseDate >= closedSince)];
    }

    public async Task<IReadOnlyList<Deal>> ListSnapshotAsync(
        string tenantId,
        IReadOnlyCollection<string> ownerIds,
        DateOnly asOf,
        CancellationToken cancellationToken)
    {
        for (var back = 0; back < MaxWeeksBack; back++)
        {
            var week = IsoWeek.Of(asOf.AddDays(-7 * back));
            var snapshots = (await deals.ListTeamSnapshotsAsync(tenantId, week, ownerIds, cancellationToken))
                .Where(s => s.AsOf <= asOf)
                .ToList();
            if (snapshots.Count == 0)
            {
                continue;
            }

            // A snapshot keeps what moves week to week; the rest of the deal comes from its current row.
            var current = (await deals.ListTeamDealsAsync(tenantId, ownerIds, openOnly: false, cancellationToken))
                .ToDictionary(d => d.CrmId, StringComparer.Ordinal);
            return [.. snapshots
                .Where(s => current.ContainsKey(s.CrmId))
                .Select(s => current[s.CrmId] with
                {
                    Name = s.Name,
                    OwnerId = s.OwnerId,
                    Stage = s.Stage,
                    Amount = s.Amount,
                    CloseDate = s.CloseDate,
                    Category = s.Category,
                })];
        }

        return [];
    }
}
