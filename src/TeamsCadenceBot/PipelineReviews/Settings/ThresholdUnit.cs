namespace TeamsCadenceBot.PipelineReviews.Settings;

/// <summary>How a threshold is typed on the settings card and shown back.</summary>
internal enum ThresholdUnit
{
    /// <summary>Whole calendar days.</summary>
    Days,

    /// <summary>A whole number of things (pushes, contacts, deals).</summary>
    Count,

    /// <summary>A share typed as a percentage (70 for 0.70).</summary>
    Percent,

    /// <summary>A multiple, such as a coverage ratio of 5x.</summary>
    Multiple,

    /// <summary>A month of the year, 1 to 12.</summary>
    Month,

    /// <summary>An open deal stage, by its position in <see cref="Deals.DealStage"/>.</summary>
    Stage,
}
