namespace TeamsCadenceBot.ForecastCalls.Quotas;

/// <summary>
/// Each rep's quota per forecast period, imported from a CSV file or set on a card by their manager. Keyed by
/// tenant, period (<see cref="ForecastPeriod.Key"/>) and the rep's person id (Entra object id).
/// </summary>
internal interface IQuotaStore
{
    /// <summary>The quotas set for <paramref name="repIds"/> in <paramref name="period"/>; a rep without one is absent.</summary>
    Task<IReadOnlyDictionary<string, RepQuota>> GetQuotasAsync(
        string tenantId,
        ForecastPeriod period,
        IReadOnlyCollection<string> repIds,
        CancellationToken cancellationToken);

    /// <summary>Sets (or replaces) one rep's quota for <paramref name="quota"/>'s period.</summary>
    Task SetQuotaAsync(string tenantId, RepQuota quota, CancellationToken cancellationToken);
}
