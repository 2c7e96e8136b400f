using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Conversations;

/// <summary>
/// A person seen in a conversation: one row per person in the <c>{tenant}|members|{conversation}</c>
/// partition, keyed by Teams user id. Rows rather than a list on the conversation, because a team of
/// thousands would not fit the 64 KB a string property may hold.
/// </summary>
internal sealed class MemberEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string TeamsUserId { get; set; } = "";

    public string? AadObjectId { get; set; }

    public string? Name { get; set; }

    public ConversationMember ToMember() => new(TeamsUserId, AadObjectId, Name);
}
