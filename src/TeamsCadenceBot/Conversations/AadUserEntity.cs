using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Conversations;

/// <summary>
/// The index from an Entra ID object id (what Graph and the People area know) to the Teams user id
/// (what the connector needs), in the <c>{tenant}|aad</c> partition.
/// </summary>
internal sealed class AadUserEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string TeamsUserId { get; set; } = "";
}
