using TeamsCadenceBot.Commitments;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>What every copy of one brief shows, loaded once for all of them.</summary>
/// <param name="Pending">The rep's open, blocked and missed commitments.</param>
/// <param name="CompletionRate">The rep's completion rate, if anything fell due.</param>
/// <param name="Pipeline">The rep's pipeline sections.</param>
internal sealed record BriefData(IReadOnlyList<Commitment> Pending, double? CompletionRate, BriefPipeline Pipeline);
