using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.ForecastCalls.Quotas;

/// <summary>The pipeline review's view of the quotas kept for forecast calls.</summary>
internal sealed class StoredRepQuotas(IQuotaStore store) : IRepQuotas
{
    public async Task<IReadOnlyDictionary<string, decimal>> ForQuarterAsync(
        string tenantId,
        FiscalQuarter quarter,
        int fiscalYearStartMonth,
        IReadOnlyCollection<string> repIds,
        CancellationToken cancellationToken)
    {
        var period = ForecastPeriod.Containing(quarter.Start, fiscalYearStartMonth);
        var quotas = await store.GetQuotasAsync(tenantId, period, repIds, cancellationToken);
        return quotas.ToDictionary(q => q.Key, q => q.Value.Amount, StringComparer.Ordinal);
    }
}
