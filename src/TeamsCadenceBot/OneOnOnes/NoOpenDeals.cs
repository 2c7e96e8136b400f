namespace TeamsCadenceBot.OneOnOnes;

/// <summary>Knows no deals, so the prep prompt asks reps to type the deals they want to discuss.</summary>
// Gaps: the deal picker on the prep prompt and the brief's pipeline changes arrive with deal data: until the Deals
// area registers its own IRepOpenDeals, reps type their deals as free text.
internal sealed class NoOpenDeals : IRepOpenDeals
{
    public Task<IReadOnlyList<OpenDeal>> ListOpenAsync(string tenantId, string repId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OpenDeal>>([]);
}
