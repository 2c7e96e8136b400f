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

    /// <summary>The stored row with <paramref name="member"/>'s facts, or null when it already has them.</summary>
    public static MemberEntity? Merge(MemberEntity? stored, ConversationMember member)
    {
        if (stored is not null
            && (member.AadObjectId is null || member.AadObjectId == stored.AadObjectId)
            && (member.Name is null || member.Name == stored.Name))
        {
            return null;
        }

        var row = stored ?? new MemberEntity { TeamsUserId = member.TeamsUserId };
        row.AadObjectId = member.AadObjectId ?? row.AadObjectId;
        row.Name = member.Name ?? row.Name;
        return row;
    }

    public ConversationMember ToMember() => new(TeamsUserId, AadObjectId, Name);
}
