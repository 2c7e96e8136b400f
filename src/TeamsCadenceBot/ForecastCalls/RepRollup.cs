using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// One rep's deals in a period, rolled up by forecast category from the CRM: closed won, and the cumulative
/// commit, best case and pipeline figures (see <see cref="CallFigures"/>).
/// </summary>
/// <param name="RepId">The rep's person id.</param>
/// <param name="Quota">The rep's quota for the period; null when none is set.</param>
/// <param name="ClosedWon">Won deals with a close date in the period.</param>
/// <param name="Crm">The cumulative figures as the CRM's categories give them.</param>
/// <param name="OpenDeals">Open deals closing in the period, not omitted, largest first.</param>
internal sealed record RepRollup(
    string RepId,
    decimal? Quota,
    decimal ClosedWon,
    CallFigures Crm,
    IReadOnlyList<Deal> OpenDeals)
{
    /// <summary>The open value still to close in the period.</summary>
    public decimal OpenPipeline => OpenDeals.Sum(d => d.Amount ?? 0m);

    /// <summary>What is left of the quota after closed won, never below zero; null without a quota.</summary>
    public decimal? RemainingQuota => Quota is { } quota ? Math.Max(0m, quota - ClosedWon) : null;

    /// <summary>The open deals the CRM has in commit, which need evidence when the rep submits.</summary>
    public IReadOnlyList<Deal> CommitDeals => [.. OpenDeals.Where(d => ForecastRollups.IsCommit(d.Category))];
}
