using TeamsCadenceBot.People;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// Who may see and act on a review: a team's manager and the leaders above them. Decided from management
/// chains (the person first, then their manager and up), so the rule is tested without storage.
/// </summary>
internal static class ReviewAccess
{
    /// <summary>The manager themselves or anyone above them may review their team.</summary>
    public static bool MayReviewTeam(string actorId, IReadOnlyList<Person> managerChain) =>
        managerChain.Any(p => p.Id == actorId);

    /// <summary>
    /// Only someone above the rep (their manager or a leader above) may open the rep's detail or give them a
    /// recovery plan; the rep themselves may not.
    /// </summary>
    public static bool MayActForRep(string actorId, IReadOnlyList<Person> repChain) =>
        repChain.Skip(1).Any(p => p.Id == actorId);

    public static string NotAllowedForTeam(string managerName) =>
        $"Only {managerName} and the leaders above them can run or open this pipeline review.";

    public static string NotAllowedForRep(string repName) =>
        $"Only {repName}'s manager and the leaders above them can open {repName}'s review or plan a recovery for their deals.";

    public const string NoTeam =
        "A pipeline review covers your reps, and you have none yet. "
        + "Set up your team with **set up my team** in your personal chat with me.";
}
