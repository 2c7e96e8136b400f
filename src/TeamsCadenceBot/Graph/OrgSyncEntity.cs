using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Graph;

/// <summary>A row of the <c>orgsync</c> table; see <see cref="OrgSyncStore"/>.</summary>
internal sealed class OrgSyncEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? DirectoryManagerId { get; set; }

    public string? SyncedManagerId { get; set; }

    public bool KeptChoice { get; set; }

    public DateTimeOffset SyncedAt { get; set; }
}
