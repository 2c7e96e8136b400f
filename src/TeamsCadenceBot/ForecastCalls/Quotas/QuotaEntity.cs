using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.ForecastCalls.Quotas;

/// <summary>
/// One rep's quota for one period in the quotas table; the amount is invariant text, since the Table service
/// has no decimal type.
/// </summary>
internal sealed class QuotaEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string RepId { get; set; } = "";

    public string PeriodKey { get; set; } = "";

    public string Amount { get; set; } = "0";

    public string SetBy { get; set; } = "";

    public DateTimeOffset SetAt { get; set; }
}
