namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// A flagged deal's recovery plan: the action and criterion the card suggests for its most pressing flag,
/// and the rule that the plan falls due within a week (the framework's "recovery executed within one week").
/// </summary>
internal static class RecoveryPlan
{
    public const int MaxDaysAhead = 7;

    /// <summary>The suggested action and "done when" for the deal's first (most pressing) flag.</summary>
    public static (string Action, string DoneWhen) Suggest(ReviewedDeal reviewed)
    {
        var deal = reviewed.Deal;
        var name = Format.Short(deal.Name);
        var flag = reviewed.Flags.OrderByDescending(f => f.Severity).First();
        return flag.Kind switch
        {
            DealFlagKind.Stalled or DealFlagKind.NextStepMissed => (
                $"Meet the decision maker on {name} within 48 hours to confirm interest and the next step",
                "A dated next step is agreed with the buyer, or the deal is closed lost"),
            DealFlagKind.CloseDateInPast => (
                $"Agree a new close date for {name} with the buyer",
                "The CRM close date matches the buyer's own timeline"),
            DealFlagKind.ActionPlanRequired => (
                $"Close the scorecard gaps on {name}: {string.Join(", ", reviewed.ScorecardGaps)}",
                "Each gap has evidence in the CRM, or the deal moves back a stage"),
            DealFlagKind.MissingData => (
                $"Fill in {string.Join(", ", DealRules.MissingFields(deal))} on {name}",
                "The CRM shows every required field"),
            DealFlagKind.NoProgress => (
                $"Agree with the buyer what moves {name} out of {Format.Stage(deal.Stage)}",
                "The deal advances a stage or leaves the pipeline"),
            DealFlagKind.NoRecentActivity => (
                $"Hold a call with the buyer on {name} this week",
                "A buyer meeting is in the calendar"),
            DealFlagKind.CloseDatePushed => (
                $"Test the close date of {name} against the buyer's decision process",
                "The buyer confirms the date in writing"),
            _ => (
                $"Engage a second buyer contact on {name}, ideally the economic buyer",
                "A second buyer contact has met us"),
        };
    }

    /// <summary>
    /// Null when <paramref name="picked"/> is acceptable (today up to <see cref="MaxDaysAhead"/> days ahead of
    /// the manager's <paramref name="today"/>), else the reason to show.
    /// </summary>
    public static string? CheckDue(DateOnly? picked, DateOnly today)
    {
        var latest = today.AddDays(MaxDaysAhead);
        return picked switch
        {
            null => "Pick a due date for the recovery plan.",
            { } d when d < today => "That date has passed. Pick a date from today on.",
            { } d when d > latest =>
                $"Recovery plans are due within {MaxDaysAhead} days: pick {Format.Date(latest)} or earlier.",
            _ => null,
        };
    }
}
