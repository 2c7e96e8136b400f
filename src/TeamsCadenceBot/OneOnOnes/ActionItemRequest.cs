namespace TeamsCadenceBot.OneOnOnes;

/// <summary>Who owns a 1:1 action item.</summary>
internal enum ItemOwner
{
    Rep,
    Manager,
    Both,
}

/// <summary>
/// An action item as entered on the agenda card or typed, before it is checked: anything missing stays null and
/// <see cref="Problems"/> holds what could not be read, in words the person understands.
/// </summary>
internal sealed record ActionItemRequest(
    string? Text,
    ItemOwner? Owner,
    DateTimeOffset? DueAt,
    string? Criterion,
    bool Confirmed,
    IReadOnlyList<string> Problems)
{
    /// <summary>
    /// The id of the activity that asked (typed or from the card): a retried delivery adds the item once.
    /// </summary>
    public string? RequestId { get; init; }
}

/// <summary>What a change to a 1:1 did: the occurrence as it now stands, or why nothing was changed.</summary>
internal sealed record OneOnOneChange(OneOnOneView? View, string? Refusal, RefusalKind Kind = RefusalKind.None)
{
    public static OneOnOneChange Refused(RefusalKind kind, string reason) => new(null, reason, kind);
}

/// <summary>Why a change to a 1:1 was not made.</summary>
internal enum RefusalKind
{
    None,
    NotFound,
    Forbidden,
    Closed,
    Invalid,
    Question,
}
