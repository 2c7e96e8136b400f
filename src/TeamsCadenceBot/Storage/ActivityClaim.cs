using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Storage;

/// <summary>One claimed activity id: the row's existence is the claim.</summary>
internal sealed class ActivityClaim : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }
}
