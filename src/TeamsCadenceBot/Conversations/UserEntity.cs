using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Conversations;

/// <summary>
/// A person the bot has seen anywhere in the tenant, in the <c>{tenant}|users</c> partition keyed by
/// Teams user id: the index from a person to their personal chat with the bot.
/// </summary>
internal sealed class UserEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string TeamsUserId { get; set; } = "";

    public string? AadObjectId { get; set; }

    public string? PersonalConversationId { get; set; }
}
