using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Commitments;

/// <summary>
/// A commitment as stored, in the tenant's commitments partition: the full row keyed by the commitment id,
/// and a copy per owner keyed <c>owner|{owner}|{id}</c>, so that "my commitments" and completion rates read
/// one key range, and the row and its copies are written together in one entity-group transaction.
/// </summary>
internal sealed class CommitmentEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";

    public string Id { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>Person ids (Entra object ids), separated by spaces.</summary>
    public string OwnerIds { get; set; } = "";

    public DateTimeOffset DueAt { get; set; }

    public string? SuccessCriterion { get; set; }

    public string CreatedBy { get; set; } = "";

    public string OriginKind { get; set; } = "";

    public string OriginReference { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string State { get; set; } = "";

    public int RescheduleCount { get; set; }

    public string? BlockedReason { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>
    /// The ids of the last card actions that changed the row, separated by spaces (on the full row only):
    /// written under the row's ETag with the change they made, so a redelivered action is recognised.
    /// </summary>
    public string? RecentActivityIds { get; set; }

    public static CommitmentEntity From(Commitment c, string partitionKey, string? rowKey = null) => new()
    {
        PartitionKey = partitionKey,
        RowKey = rowKey ?? c.Id,
        TenantId = c.TenantId,
        Id = c.Id,
        Text = c.Text,
        OwnerIds = string.Join(' ', c.OwnerIds),
        DueAt = c.DueAt,
        SuccessCriterion = c.SuccessCriterion,
        CreatedBy = c.CreatedBy,
        OriginKind = c.Origin.Kind.ToString(),
        OriginReference = c.Origin.Reference,
        CreatedAt = c.CreatedAt,
        State = c.State.ToString(),
        RescheduleCount = c.RescheduleCount,
        BlockedReason = c.BlockedReason,
        ClosedAt = c.ClosedAt,
    };

    public Commitment ToCommitment() => new()
    {
        TenantId = TenantId,
        Id = Id,
        Text = Text,
        OwnerIds = OwnerIds.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        DueAt = DueAt,
        SuccessCriterion = SuccessCriterion,
        CreatedBy = CreatedBy,
        Origin = new CommitmentOrigin(Enum.Parse<CommitmentOriginKind>(OriginKind), OriginReference),
        CreatedAt = CreatedAt,
        State = Enum.Parse<CommitmentState>(State),
        RescheduleCount = RescheduleCount,
        BlockedReason = BlockedReason,
        ClosedAt = ClosedAt,
    };
}
