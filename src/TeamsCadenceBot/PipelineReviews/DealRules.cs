using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// The deal hygiene flags of PRODUCT.md as plain functions of a deal, the same deal as it stood at the
/// previous review, today's date and the team's thresholds. Closed deals raise no flags.
/// </summary>
internal static class DealRules
{
    public static IReadOnlyList<DealFlag> Flags(
        Deal deal,
        Deal? atPreviousReview,
        DateOnly today,
        PipelineThresholds thresholds)
    {
        if (!deal.IsOpen)
        {
            return [];
        }

        var flags = new List<DealFlag>();
        AddInactivity(flags, deal, today, thresholds);
        AddMissedNextStep(flags, deal, atPreviousReview, today);
        AddNoProgress(flags, deal, today, thresholds);
        AddMissingData(flags, deal, thresholds);
        AddCloseDate(flags, deal, today, thresholds);
        AddScorecard(flags, deal, thresholds);
        AddSingleThreaded(flags, deal, thresholds);
        return flags;
    }

    /// <summary>The scorecard elements known to be missing (unknown ones are not counted), in the scorecard's order.</summary>
    public static IReadOnlyList<string> ScorecardGaps(QualificationScorecard scorecard)
    {
        var gaps = new List<string>(5);
        AddGap(gaps, scorecard.EconomicBuyerEngaged, "economic buyer engaged");
        AddGap(gaps, scorecard.BudgetConfirmed, "budget confirmed");
        AddGap(gaps, scorecard.DecisionProcessMapped, "decision process mapped");
        AddGap(gaps, scorecard.PainQuantified, "pain quantified");
        AddGap(gaps, scorecard.ChampionIdentified, "champion identified");
        return gaps;
    }

    /// <summary>The required fields a deal lacks, whatever its stage.</summary>
    public static IReadOnlyList<string> MissingFields(Deal deal)
    {
        var missing = new List<string>(4);
        if (deal.CloseDate is null)
        {
            missing.Add("close date");
        }

        if (deal.Amount is null)
        {
            missing.Add("amount");
        }

        if (string.IsNullOrWhiteSpace(deal.NextStep))
        {
            missing.Add("next step");
        }

        if (string.IsNullOrWhiteSpace(deal.DecisionMaker))
        {
            missing.Add("decision maker");
        }

        return missing;
    }

    private static void AddInactivity(List<DealFlag> flags, Deal deal, DateOnly today, PipelineThresholds thresholds)
    {
        // A deal with no recorded activity has been quiet since it was created.
        var since = deal.LastActivityDate ?? deal.CreatedDate;
        var days = Days(since, today);
        var what = deal.LastActivityDate is null
            ? $"No activity recorded in the {days} days since it was created"
            : $"No activity for {days} days";
        if (days >= thresholds.StalledAfterDays)
        {
            flags.Add(new DealFlag(DealFlagKind.Stalled, FlagSeverity.Critical, $"Stalled: {Lower(what)}"));
        }
        else if (days >= thresholds.AlertAfterDays)
        {
            flags.Add(new DealFlag(DealFlagKind.NoRecentActivity, FlagSeverity.Warning, what));
        }
    }

    private static void AddMissedNextStep(List<DealFlag> flags, Deal deal, Deal? previous, DateOnly today)
    {
        // Missed: the step promised at the last review fell due, nothing happened on or after its date,
        // and the rep has not replaced it with a new one.
        if (previous is not { NextStep: { Length: > 0 } step, NextStepDate: { } due } || due >= today)
        {
            return;
        }

        var actedSince = deal.LastActivityDate is { } last && last >= due;
        var replaced = !string.IsNullOrWhiteSpace(deal.NextStep)
            && !string.Equals(deal.NextStep.Trim(), step.Trim(), StringComparison.OrdinalIgnoreCase);
        if (!actedSince && !replaced)
        {
            flags.Add(new DealFlag(
                DealFlagKind.NextStepMissed,
                FlagSeverity.Critical,
                $"Stalled: the next step from the last review, \"{step.Trim()}\", was due {Format.Date(due)} and was missed"));
        }
    }

    private static void AddNoProgress(List<DealFlag> flags, Deal deal, DateOnly today, PipelineThresholds thresholds)
    {
        if (deal.StageEnteredDate is { } entered && Days(entered, today) is var days && days >= thresholds.NoProgressAfterDays)
        {
            flags.Add(new DealFlag(
                DealFlagKind.NoProgress,
                FlagSeverity.Warning,
                $"No progress: in {Format.Stage(deal.Stage)} for {days} days"));
        }
    }

    private static void AddMissingData(List<DealFlag> flags, Deal deal, PipelineThresholds thresholds)
    {
        if (deal.Stage < thresholds.RequiredFieldsFromStage)
        {
            return;
        }

        var missing = MissingFields(deal);
        if (missing.Count > 0)
        {
            flags.Add(new DealFlag(
                DealFlagKind.MissingData,
                FlagSeverity.Warning,
                $"Missing in {Format.Stage(deal.Stage)}: {string.Join(", ", missing)}"));
        }
    }

    private static void AddCloseDate(List<DealFlag> flags, Deal deal, DateOnly today, PipelineThresholds thresholds)
    {
        if (deal.CloseDate is { } close && close < today)
        {
            flags.Add(new DealFlag(
                DealFlagKind.CloseDateInPast,
                FlagSeverity.Critical,
                $"Close date {Format.Date(close)} has passed ({Days(close, today)} days ago)"));
        }

        if (deal.CloseDatePushCount >= thresholds.CloseDatePushLimit)
        {
            flags.Add(new DealFlag(
                DealFlagKind.CloseDatePushed,
                FlagSeverity.Warning,
                $"Close date pushed {deal.CloseDatePushCount} times"));
        }
    }

    private static void AddScorecard(List<DealFlag> flags, Deal deal, PipelineThresholds thresholds)
    {
        var gaps = ScorecardGaps(deal.Scorecard);
        if (gaps.Count >= thresholds.ScorecardGapsForActionPlan)
        {
            flags.Add(new DealFlag(
                DealFlagKind.ActionPlanRequired,
                FlagSeverity.Critical,
                $"Action plan required: scorecard misses {gaps.Count} of 5 ({string.Join(", ", gaps)})"));
        }
    }

    private static void AddSingleThreaded(List<DealFlag> flags, Deal deal, PipelineThresholds thresholds)
    {
        if (deal.EngagedContacts is not { } contacts || contacts > thresholds.SingleThreadedMaxContacts)
        {
            return;
        }

        var reason = contacts switch
        {
            0 => "Single-threaded: no buyer contact engaged",
            1 => "Single-threaded: only one buyer contact engaged",
            _ => $"Single-threaded: only {contacts} buyer contacts engaged",
        };
        flags.Add(new DealFlag(DealFlagKind.SingleThreaded, FlagSeverity.Warning, reason));
    }

    private static void AddGap(List<string> gaps, bool? element, string name)
    {
        if (element == false)
        {
            gaps.Add(name);
        }
    }

    private static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];
}
