namespace TeamsCadenceBot.PipelineReviews;

/// <summary>Something wrong with a deal, with the sentence a manager reads.</summary>
/// <param name="Kind">Which rule raised it.</param>
/// <param name="Severity">Critical flags weigh on the rep's status more than warnings.</param>
/// <param name="Reason">What is wrong, with the numbers.</param>
internal sealed record DealFlag(DealFlagKind Kind, FlagSeverity Severity, string Reason);

/// <summary>The deal hygiene rules of PRODUCT.md.</summary>
internal enum DealFlagKind
{
    Stalled,
    NextStepMissed,
    NoRecentActivity,
    NoProgress,
    MissingData,
    CloseDateInPast,
    CloseDatePushed,
    ActionPlanRequired,
    SingleThreaded,
}

/// <summary>
/// Critical: the deal is stalled, overdue or unqualified and needs a recovery plan now.
/// Warning: a sign to ask about.
/// </summary>
internal enum FlagSeverity
{
    Warning,
    Critical,
}
