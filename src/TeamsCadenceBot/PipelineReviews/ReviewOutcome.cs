namespace TeamsCadenceBot.PipelineReviews;

/// <summary>A review, or the reason the person cannot have it, in words they can act on.</summary>
/// <param name="Review">The review, when allowed and possible.</param>
/// <param name="Refusal">Why not.</param>
/// <param name="Forbidden">True when the person may not see it (rather than there being nothing to review).</param>
internal sealed record ReviewOutcome(PipelineReview? Review, string? Refusal, bool Forbidden = false)
{
    public static ReviewOutcome NotAllowed(string reason) => new(null, reason, Forbidden: true);

    public static ReviewOutcome Nothing(string reason) => new(null, reason);
}
