using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Conversations;

/// <summary>What the bot knows of a tenant as a whole: the service URL Teams last used for it.</summary>
internal sealed class TenantEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string ServiceUrl { get; set; } = "";
}
