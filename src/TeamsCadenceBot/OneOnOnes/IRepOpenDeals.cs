namespace TeamsCadenceBot.OneOnOnes;

/// <summary>The rep's open deals, which the prep prompt offers as a picker once deal data exist.</summary>
internal interface IRepOpenDeals
{
    /// <summary>The rep's open deals, most relevant first; empty when none are known.</summary>
    Task<IReadOnlyList<OpenDeal>> ListOpenAsync(string tenantId, string repId, CancellationToken cancellationToken);
}

/// <summary>A deal as the prep prompt's picker shows it.</summary>
/// <param name="Id">The deal's id, sent back when picked.</param>
/// <param name="Name">The deal's name.</param>
/// <param name="Detail">A short line such as the stage, amount and close date.</param>
internal sealed record OpenDeal(string Id, string Name, string? Detail);
