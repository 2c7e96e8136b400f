namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>
/// One person's personal chat with the bot. Every conversation has its own Teams id, Entra object id and
/// conversation id, so the dedupe, conversations and people tables see as many keys as a real tenant would.
/// </summary>
internal sealed class Conversation(string label, int index, string runId, string? tenantId = null)
{
    /// <summary>The conversation's own tenant, or null for the tenant of its server.</summary>
    public string? TenantId { get; } = tenantId;

    public string UserId { get; } = $"29:1bench-{label}-{index}";

    public string AadObjectId { get; } = Guid.NewGuid().ToString();

    public string Name { get; } = $"Bench {label} {index}";

    public string ConversationId { get; } = $"a:1bench-{label}-{index}-{runId}";

    /// <summary>An open commitment of this person, which every <c>commitments.block</c> invoke blocks again.</summary>
    public string? CommitmentId { get; set; }

    private int _turns;

    /// <summary>A new blocking reason for each turn, so that every write changes the stored commitment.</summary>
    public string NextReason() => $"Waiting for Contoso's legal review (turn {++_turns})";
}
