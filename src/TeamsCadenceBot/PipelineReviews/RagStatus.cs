namespace TeamsCadenceBot.PipelineReviews;

/// <summary>A traffic light, or no light when the data cannot say.</summary>
internal enum RagStatus
{
    NotEnoughData,
    Green,
    Yellow,
    Red,
}
