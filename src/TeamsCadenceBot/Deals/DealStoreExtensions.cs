namespace TeamsCadenceBot.Deals;

internal static class DealStoreExtensions
{
    /// <summary>Upserts a batch held in memory, taking every field as given (nothing derived).</summary>
    public static Task<DealUpsertResult> UpsertAsync(
        this IDealStore store,
        string tenantId,
        IEnumerable<Deal> deals,
        DateOnly asOf,
        CancellationToken cancellationToken) =>
        store.UpsertAsync(
            tenantId,
            deals.Select(d => new IncomingDeal(d)).ToAsyncEnumerable(),
            asOf,
            cancellationToken);
}
