namespace TeamsCadenceBot.PipelineReviews;

/// <summary>One rep's line on the review card.</summary>
/// <param name="Status">The rep's light (see <see cref="RepStatusRule"/>).</param>
/// <param name="OpenCount">Open deals.</param>
/// <param name="OpenValue">Their value.</param>
/// <param name="FlaggedCount">Open deals with at least one flag.</param>
/// <param name="FlaggedValue">Their value.</param>
/// <param name="CriticalCount">Open deals with at least one critical flag.</param>
/// <param name="Reason">Why the light is what it is.</param>
internal sealed record RepSummary(
    RagStatus Status,
    int OpenCount,
    decimal OpenValue,
    int FlaggedCount,
    decimal FlaggedValue,
    int CriticalCount,
    string Reason);
