using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.Tests.Deals;

/// <summary>
/// A deal store that only takes upserts: it reads the stream as the real store would and keeps what it got,
/// calling <see cref="OnDeal"/> for each deal as it arrives (with how many it had before).
/// </summary>
internal sealed class RecordingDealStore(bool keep = true) : IDealStore
{
    public List<IncomingDeal> Received { get; } = [];

    public int Count { get; private set; }

    public DateOnly? AsOf { get; private set; }

    public Action<int, IncomingDeal>? OnDeal { get; init; }

    public async Task<DealUpsertResult> UpsertAsync(
        string tenantId,
        IAsyncEnumerable<IncomingDeal> deals,
        DateOnly asOf,
        CancellationToken cancellationToken)
    {
        AsOf = asOf;
        await foreach (var deal in deals.WithCancellation(cancellationToken))
        {
            OnDeal?.Invoke(Count, deal);
            Count++;
            if (keep)
            {
                Received.Add(deal);
            }
        }

        return new DealUpsertResult(Count, 0, 0, Count);
    }

    public Task<Deal?> GetAsync(string tenantId, string crmId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<Deal>> ListOpenDealsAsync(string tenantId, string ownerId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<DealSnapshot>> ListTeamSnapshotsAsync(
        string tenantId,
        IsoWeek week,
        IReadOnlyCollection<string> ownerIds,
        CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<Deal>> ListTeamDealsAsync(
        string tenantId,
        IReadOnlyCollection<string> ownerIds,
        bool openOnly,
        CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<DealSnapshot>> ListSnapshotsAsync(string tenantId, IsoWeek week, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<DealChange>> GetChangesAsync(
        string tenantId,
        string ownerId,
        IsoWeek from,
        IsoWeek to,
        CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
