namespace TeamsCadenceBot.Commitments;

/// <summary>The result of a change to a commitment: the changed item, or why it was refused.</summary>
internal sealed record CommitmentChange(Commitment? Updated, string? Refusal)
{
    /// <summary>
    /// True when the card action that asked for the change had already made it (a redelivery):
    /// nothing was written and <see cref="Updated"/> is the item as stored.
    /// </summary>
    public bool AlreadyApplied { get; init; }

    public static CommitmentChange Accepted(Commitment updated) => new(updated, null);

    public static CommitmentChange Refused(string reason) => new(null, reason);

    public static CommitmentChange Repeated(Commitment stored) => new(stored, null) { AlreadyApplied = true };
}
