using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// A team's pipeline review settings, each with the default of PRODUCT.md. Day counts are whole calendar
/// days because deal dates are calendar dates as the CRM shows them; shares are fractions (0.7 is 70%).
/// </summary>
internal sealed record PipelineThresholds
{
    public static readonly PipelineThresholds Default = new();

    /// <summary>Days without activity after which a deal is stalled.</summary>
    public int StalledAfterDays { get; init; } = 21;

    /// <summary>Days without activity after which a deal raises an alert (below the stalled mark).</summary>
    public int AlertAfterDays { get; init; } = 14;

    /// <summary>Days in the same stage after which a deal shows no progress.</summary>
    public int NoProgressAfterDays { get; init; } = 30;

    /// <summary>The first stage at which close date, amount, next step and decision maker are required.</summary>
    public DealStage RequiredFieldsFromStage { get; init; } = DealStage.Qualification;

    /// <summary>How many times a close date may move later before the deal is flagged.</summary>
    public int CloseDatePushLimit { get; init; } = 3;

    /// <summary>How many scorecard elements may be missing before an action plan is required.</summary>
    public int ScorecardGapsForActionPlan { get; init; } = 2;

    /// <summary>The most engaged buyer contacts at which a deal counts as single-threaded.</summary>
    public int SingleThreadedMaxContacts { get; init; } = 1;

    /// <summary>The share of open value in discovery and qualification above which late in the quarter is a problem.</summary>
    public decimal EarlyStageShareLimit { get; init; } = 0.70m;

    /// <summary>Days left in the quarter at or below which too much early-stage value is flagged (6 weeks).</summary>
    public int EarlyStageWarningDaysLeft { get; init; } = 42;

    /// <summary>Age in days beyond which an open deal counts as old.</summary>
    public int AgingAfterDays { get; init; } = 90;

    /// <summary>The share of open value in old deals from which aging is yellow.</summary>
    public decimal AgingYellowShare { get; init; } = 0.25m;

    /// <summary>The share of open value in old deals from which aging is red.</summary>
    public decimal AgingRedShare { get; init; } = 0.50m;

    public decimal DiscoveryCoverageRatio { get; init; } = 5m;

    public decimal QualificationCoverageRatio { get; init; } = 4m;

    public decimal ProposalCoverageRatio { get; init; } = 3m;

    public decimal NegotiationCoverageRatio { get; init; } = 2m;

    /// <summary>
    /// The share of the remaining quota the stage-weighted pipeline must cover to be yellow rather than red;
    /// covering all of it is green.
    /// </summary>
    public decimal CoverageYellowFloor { get; init; } = 0.75m;

    /// <summary>The share of a rep's open value on deals with a critical flag from which the rep is red.</summary>
    public decimal RepRedCriticalShare { get; init; } = 0.25m;

    /// <summary>The share of a rep's open value on flagged deals from which the rep is yellow.</summary>
    public decimal RepYellowFlaggedShare { get; init; } = 0.10m;

    /// <summary>The month (1-12) the team's fiscal year starts; quarters follow from it.</summary>
    public int FiscalYearStartMonth { get; init; } = 1;

    /// <summary>How far back closed deals count toward win rates and cycle length.</summary>
    public int MetricsLookbackDays { get; init; } = 180;

    /// <summary>The fewest decided deals at a stage before a rep's conversion there is compared with the team's.</summary>
    public int CoachingMinimumDecided { get; init; } = 3;

    /// <summary>The pipeline multiple of the remaining quota a stage needs (PRODUCT.md: 5x, 4x, 3x, 2x).</summary>
    public decimal CoverageRatio(DealStage stage) => stage switch
    {
        DealStage.Discovery => DiscoveryCoverageRatio,
        DealStage.Qualification => QualificationCoverageRatio,
        DealStage.Proposal => ProposalCoverageRatio,
        DealStage.Negotiation => NegotiationCoverageRatio,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Closed deals need no coverage."),
    };
}
