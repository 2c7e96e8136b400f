namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>
/// One person's personal chat with the bot. Every conversation has its own Teams id, Entra object id and
/// conversation id, so the dedupe, conversations and people tables see as many keys as a real tenant would.
/// </summary>
internal sealed class Conversation(string label, int index, string runId)
{
    public string UserId { get; } = $"29:1bench-{label}-{index}";

    public string AadObjectId { get; } = Guid.NewGuid().ToString();

    public string Name { get; } = $"Bench {label} {index}";

    public string ConversationId { get; } = $"a:1bench-{label}-{index}-{runId}";

    /// <summary>Open commitments owned by this person, each completed once by a <c>commitments.done</c> invoke.</summary>
    public Queue<string> OpenCommitments { get; } = new();

    public string NextCommitment() =>
        OpenCommitments.TryDequeue(out var id)
            ? id
            : throw new InvalidOperationException($"{Name} has no open commitment left: seed more.");
}
