namespace TeamsCadenceBot.PipelineReviews;

/// <summary>One team-level check of the review with its light and the sentence a manager reads.</summary>
/// <param name="Name">Such as "Stage distribution".</param>
/// <param name="Status">The light; <see cref="RagStatus.NotEnoughData"/> when there is nothing to judge.</param>
/// <param name="Text">What was found, with the numbers.</param>
internal sealed record TeamCheck(string Name, RagStatus Status, string Text);
