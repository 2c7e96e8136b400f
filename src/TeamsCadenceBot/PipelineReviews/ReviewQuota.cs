namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// The quarter's quota a review judges coverage against: the team quota, which covers every rep, or the sum of the
/// reps' own quotas, which covers those reps only (the pipeline and wins of a rep without one are left out).
/// </summary>
/// <param name="Amount">The quota for the quarter.</param>
/// <param name="RepIds">The reps it covers; null for the whole team.</param>
internal sealed record ReviewQuota(decimal Amount, IReadOnlyCollection<string>? RepIds)
{
    public static ReviewQuota Team(decimal amount) => new(amount, null);

    public static ReviewQuota OfReps(IReadOnlyDictionary<string, decimal> quotas) =>
        new(quotas.Values.Sum(), [.. quotas.Keys]);

    public bool Covers(string repId) => RepIds is null || RepIds.Contains(repId, StringComparer.Ordinal);
}
