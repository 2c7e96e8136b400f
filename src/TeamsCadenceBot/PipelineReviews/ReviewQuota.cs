namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// The quarter's quota a review judges coverage against: the team quota, which covers every rep, or the sum of the
/// reps' own quotas, which covers those reps only (the pipeline and wins of a rep without one are left out).
/// </summary>
/// <param name="Amount">The quota for the quarter.</param>
/// <param name="RepQuotas">Each covered rep's own quota; null for a team quota, which covers the whole team.</param>
internal sealed record ReviewQuota(decimal Amount, IReadOnlyDictionary<string, decimal>? RepQuotas)
{
    public static ReviewQuota Team(decimal amount) => new(amount, null);

    public static ReviewQuota OfReps(IReadOnlyDictionary<string, decimal> quotas) => new(quotas.Values.Sum(), quotas);

    public bool Covers(string repId) => RepQuotas is null || RepQuotas.ContainsKey(repId);

    /// <summary>The rep's own quota; null under a team quota or for a rep without one.</summary>
    public decimal? Of(string repId) => RepQuotas is not null && RepQuotas.TryGetValue(repId, out var q) ? q : null;
}
