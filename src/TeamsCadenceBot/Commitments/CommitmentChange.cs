namespace TeamsCadenceBot.Commitments;

/// <summary>The result of a change to a commitment: the changed item, or why it was refused.</summary>
internal sealed record CommitmentChange(Commitment? Updated, string? Refusal)
{
    public static CommitmentChange Accepted(Commitment updated) => new(updated, null);

    public static CommitmentChange Refused(string reason) => new(null, reason);
}
