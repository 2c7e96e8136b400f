using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Commitments;

/// <summary>
/// A commitment as stored: the full row under the tenant's commitments partition, and a copy per owner
/// under that owner's partition so "my commitments" and completion rates read one small partition.
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

    public static CommitmentEntity From(Commitment c, string partitionKey) => new()
    {
        PartitionKey = partitionKey,
        RowKey = c.Id,
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
