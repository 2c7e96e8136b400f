namespace TeamsCadenceBot.Commitments;

/// <summary>Who a typed commitment names as its owner, before names are resolved to people.</summary>
internal enum OwnerChoice
{
    /// <summary>The person typing.</summary>
    Me,

    /// <summary>Both people of the 1:1 it is made in.</summary>
    Both,

    /// <summary>The person @mentioned.</summary>
    Mentioned,
}

/// <summary>A commitment as typed or entered on a card, checked but not yet resolved to people.</summary>
internal sealed record CommitmentDraft(string Text, OwnerChoice Owner, DateTimeOffset DueAt, string? SuccessCriterion);

/// <summary>A parsed draft, or the list of what is missing or wrong, in words the person understands.</summary>
internal sealed record DraftResult(CommitmentDraft? Draft, IReadOnlyList<string> Problems)
{
    public bool IsValid => Draft is not null;
}
