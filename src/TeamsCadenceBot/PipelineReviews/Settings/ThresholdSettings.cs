using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews.Settings;

/// <summary>
/// Every per-team threshold of <see cref="PipelineThresholds"/>, in the order the settings card shows them, with
/// the range a team may choose. Ranges keep each rule meaningful (a stall after 0 days would flag every deal).
/// </summary>
internal static class ThresholdSettings
{
    public const string DealFlags = "Deal flags";
    public const string TeamChecks = "Team checks";
    public const string Coverage = "Coverage";
    public const string RepStatus = "Rep status";
    public const string Numbers = "Numbers";

    public static readonly IReadOnlyList<DealStage> OpenStages =
        [DealStage.Discovery, DealStage.Qualification, DealStage.Proposal, DealStage.Negotiation];

    public static readonly IReadOnlyList<ThresholdSetting> All =
    [
        Days("stalledAfterDays", DealFlags, "Stalled: no activity for", 1, 365,
            t => t.StalledAfterDays, (t, v) => t with { StalledAfterDays = v }),
        Days("alertAfterDays", DealFlags, "Alert: no activity for", 1, 365,
            t => t.AlertAfterDays, (t, v) => t with { AlertAfterDays = v }),
        Days("noProgressAfterDays", DealFlags, "No progress: same stage for", 1, 365,
            t => t.NoProgressAfterDays, (t, v) => t with { NoProgressAfterDays = v }),
        new("requiredFieldsFromStage", DealFlags, "Close date, amount, next step and decision maker required from",
            ThresholdUnit.Stage, (int)DealStage.Discovery, (int)DealStage.Negotiation,
            t => (int)t.RequiredFieldsFromStage, (t, v) => t with { RequiredFieldsFromStage = (DealStage)(int)v }),
        Count("closeDatePushLimit", DealFlags, "Close date pushed at least this many times", 1, 20,
            t => t.CloseDatePushLimit, (t, v) => t with { CloseDatePushLimit = v }),
        Count("scorecardGapsForActionPlan", DealFlags, "Scorecard gaps that require an action plan", 1, 5,
            t => t.ScorecardGapsForActionPlan, (t, v) => t with { ScorecardGapsForActionPlan = v }),
        Count("singleThreadedMaxContacts", DealFlags, "Single-threaded: engaged contacts at most", 1, 10,
            t => t.SingleThreadedMaxContacts, (t, v) => t with { SingleThreadedMaxContacts = v }),
        Percent("earlyStageShareLimit", TeamChecks, "Early stages: warn above this share of pipeline value", 1, 100,
            t => t.EarlyStageShareLimit, (t, v) => t with { EarlyStageShareLimit = v }),
        Days("earlyStageWarningDaysLeft", TeamChecks, "Early stages: warn with this little of the quarter left", 0, 92,
            t => t.EarlyStageWarningDaysLeft, (t, v) => t with { EarlyStageWarningDaysLeft = v }),
        Days("agingAfterDays", TeamChecks, "Aging: a deal is old after", 1, 730,
            t => t.AgingAfterDays, (t, v) => t with { AgingAfterDays = v }),
        Percent("agingYellowShare", TeamChecks, "Aging: yellow from this share of value in old deals", 0, 100,
            t => t.AgingYellowShare, (t, v) => t with { AgingYellowShare = v }),
        Percent("agingRedShare", TeamChecks, "Aging: red from this share of value in old deals", 0, 100,
            t => t.AgingRedShare, (t, v) => t with { AgingRedShare = v }),
        Multiple("discoveryCoverageRatio", Coverage, "Discovery coverage of the remaining quota",
            t => t.DiscoveryCoverageRatio, (t, v) => t with { DiscoveryCoverageRatio = v }),
        Multiple("qualificationCoverageRatio", Coverage, "Qualification coverage of the remaining quota",
            t => t.QualificationCoverageRatio, (t, v) => t with { QualificationCoverageRatio = v }),
        Multiple("proposalCoverageRatio", Coverage, "Proposal coverage of the remaining quota",
            t => t.ProposalCoverageRatio, (t, v) => t with { ProposalCoverageRatio = v }),
        Multiple("negotiationCoverageRatio", Coverage, "Negotiation coverage of the remaining quota",
            t => t.NegotiationCoverageRatio, (t, v) => t with { NegotiationCoverageRatio = v }),
        Percent("coverageYellowFloor", Coverage, "Coverage: yellow rather than red from this share covered", 1, 100,
            t => t.CoverageYellowFloor, (t, v) => t with { CoverageYellowFloor = v }),
        Percent("repRedCriticalShare", RepStatus, "Rep red from this share of value on critical deals", 1, 100,
            t => t.RepRedCriticalShare, (t, v) => t with { RepRedCriticalShare = v }),
        Percent("repYellowFlaggedShare", RepStatus, "Rep yellow from this share of value on flagged deals", 1, 100,
            t => t.RepYellowFlaggedShare, (t, v) => t with { RepYellowFlaggedShare = v }),
        new("fiscalYearStartMonth", Numbers, "Fiscal year starts in", ThresholdUnit.Month, 1, 12,
            t => t.FiscalYearStartMonth, (t, v) => t with { FiscalYearStartMonth = (int)v }),
        Days("metricsLookbackDays", Numbers, "Win rates and cycle length count deals closed in the last", 30, 1095,
            t => t.MetricsLookbackDays, (t, v) => t with { MetricsLookbackDays = v }),
        Count("coachingMinimumDecided", Numbers, "Coaching: fewest decided deals at a stage to compare", 1, 100,
            t => t.CoachingMinimumDecided, (t, v) => t with { CoachingMinimumDecided = v }),
    ];

    private static ThresholdSetting Days(
        string id,
        string group,
        string label,
        int min,
        int max,
        Func<PipelineThresholds, int> read,
        Func<PipelineThresholds, int, PipelineThresholds> apply) =>
        Whole(ThresholdUnit.Days, id, group, label, (min, max), read, apply);

    private static ThresholdSetting Count(
        string id,
        string group,
        string label,
        int min,
        int max,
        Func<PipelineThresholds, int> read,
        Func<PipelineThresholds, int, PipelineThresholds> apply) =>
        Whole(ThresholdUnit.Count, id, group, label, (min, max), read, apply);

    private static ThresholdSetting Whole(
        ThresholdUnit unit,
        string id,
        string group,
        string label,
        (int Min, int Max) range,
        Func<PipelineThresholds, int> read,
        Func<PipelineThresholds, int, PipelineThresholds> apply) =>
        new(id, group, label, unit, range.Min, range.Max, t => read(t), (t, v) => apply(t, (int)v));

    // Shares are fractions in the thresholds and percentages on the card.
    private static ThresholdSetting Percent(
        string id,
        string group,
        string label,
        int min,
        int max,
        Func<PipelineThresholds, decimal> read,
        Func<PipelineThresholds, decimal, PipelineThresholds> apply) =>
        new(id, group, label, ThresholdUnit.Percent, min, max, t => read(t) * 100m, (t, v) => apply(t, v / 100m));

    private static ThresholdSetting Multiple(
        string id,
        string group,
        string label,
        Func<PipelineThresholds, decimal> read,
        Func<PipelineThresholds, decimal, PipelineThresholds> apply) =>
        new(id, group, label, ThresholdUnit.Multiple, 0.5m, 20m, read, apply);
}
