using System.Globalization;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.ForecastCalls.Quotas;

/// <summary>
/// Quotas in the quotas table: one partition per tenant and period, one row per rep, so that a forecast call
/// reads its period's quotas with one partition query.
/// </summary>
internal sealed class TableQuotaStore(CadenceTables tables) : IQuotaStore
{
    private const string Table = "quotas";

    public async Task<IReadOnlyDictionary<string, RepQuota>> GetQuotasAsync(
        string tenantId,
        ForecastPeriod period,
        IReadOnlyCollection<string> repIds,
        CancellationToken cancellationToken)
    {
        var wanted = repIds.ToHashSet(StringComparer.Ordinal);
        var quotas = new Dictionary<string, RepQuota>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return quotas;
        }

        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = Partition(tenantId, period.Key);
        var rows = table.QueryAsync<QuotaEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            if (wanted.Contains(row.RepId))
            {
                quotas[row.RepId] = ToQuota(row);
            }
        }

        return quotas;
    }

    public async Task SetQuotaAsync(string tenantId, RepQuota quota, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quota.Amount);
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = new QuotaEntity
        {
            PartitionKey = Partition(tenantId, quota.PeriodKey),
            RowKey = TableKeys.Row(quota.RepId),
            RepId = quota.RepId,
            PeriodKey = quota.PeriodKey,
            Amount = quota.Amount.ToString(CultureInfo.InvariantCulture),
            SetBy = quota.SetBy,
            SetAt = quota.SetAt,
        };

        // The last one set wins: a quota has no parts that two writers could change independently.
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private static RepQuota ToQuota(QuotaEntity row) => new(
        row.RepId,
        row.PeriodKey,
        decimal.Parse(row.Amount, NumberStyles.Number, CultureInfo.InvariantCulture),
        row.SetBy,
        row.SetAt);

    private static string Partition(string tenantId, string periodKey) =>
        TableKeys.Partition(tenantId, "quota", periodKey);
}
