namespace TeamsCadenceBot.Commitments;

/// <summary>
/// Something a person promised to do by a time, with how to tell it is done. The owners are one
/// person or both people of a manager-rep pair, by person id (the Entra object id).
/// </summary>
internal sealed record Commitment
{
    public required string TenantId { get; init; }

    public required string Id { get; init; }

    public required string Text { get; init; }

    public required IReadOnlyList<string> OwnerIds { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    public string? SuccessCriterion { get; init; }

    public required string CreatedBy { get; init; }

    public required CommitmentOrigin Origin { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public CommitmentState State { get; init; } = CommitmentState.Open;

    /// <summary>How many times the due date was moved.</summary>
    public int RescheduleCount { get; init; }

    public string? BlockedReason { get; init; }

    /// <summary>When it was done, or when it was found missed.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>True while the owner is still expected to act on it.</summary>
    public bool IsPending => State is CommitmentState.Open or CommitmentState.Rescheduled or CommitmentState.Blocked;

    public bool IsOwnedBy(string userId) => OwnerIds.Contains(userId, StringComparer.Ordinal);
}
