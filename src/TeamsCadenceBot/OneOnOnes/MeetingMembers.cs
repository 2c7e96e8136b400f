namespace TeamsCadenceBot.OneOnOnes;

/// <summary>Who is in a meeting's chat, as far as the bot can tell, by directory (Entra object) id.</summary>
/// <param name="PersonIds">The people found.</param>
/// <param name="Complete">
/// True when Teams listed the chat's members; false when only the people the bot saw speak or join there are known.
/// </param>
internal sealed record MeetingMembers(IReadOnlySet<string> PersonIds, bool Complete)
{
    /// <summary>
    /// Whether the chat can be the 1:1 of this pair. Listed by Teams, it holds the two of them and nobody else, so a
    /// team meeting that both attend is not taken for their 1:1 (nor is one that a third person joins, even the
    /// manager's manager: the agenda then stays in the personal chats). Partly known, it is ruled out only when two
    /// or more people are known and the pair is not among them.
    /// </summary>
    public bool CouldBe(string managerId, string repId) =>
        Complete
            ? PersonIds.Count == 2 && PersonIds.Contains(managerId) && PersonIds.Contains(repId)
            : PersonIds.Count <= 1 || (PersonIds.Contains(managerId) && PersonIds.Contains(repId));
}
