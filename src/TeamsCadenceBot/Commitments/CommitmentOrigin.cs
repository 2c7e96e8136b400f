namespace TeamsCadenceBot.Commitments;

/// <summary>Where a commitment was made.</summary>
/// <param name="Kind">A 1:1, a pipeline review, a forecast call or a chat with the bot.</param>
/// <param name="Reference">The id of that 1:1, review or conversation.</param>
internal sealed record CommitmentOrigin(CommitmentOriginKind Kind, string Reference);

/// <summary>The kind of meeting or conversation a commitment came from.</summary>
internal enum CommitmentOriginKind
{
    Chat,
    OneOnOne,
    PipelineReview,
    ForecastCall,
}
