using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;
using static TeamsCadenceBot.Tests.PipelineReviews.TestDeals;

namespace TeamsCadenceBot.Tests.PipelineReviews;

public sealed class DealRulesTests
{
    private static readonly PipelineThresholds Defaults = PipelineThresholds.Default;

    private static IReadOnlyList<DealFlagKind> Kinds(Deal deal, PipelineThresholds? thresholds = null, Deal? previous = null) =>
        [.. DealRules.Flags(deal, previous, Today, thresholds ?? Defaults).Select(f => f.Kind)];

    [Fact]
    public void Flags_HealthyDeal_RaisesNothing()
    {
        Assert.Empty(Kinds(Healthy()));
    }

    [Fact]
    public void Flags_ClosedDeal_RaisesNothing()
    {
        var lost = Healthy(stage: DealStage.ClosedLost) with { LastActivityDate = Today.AddDays(-100), CloseDatePushCount = 9 };

        Assert.Empty(Kinds(lost));
    }

    [Theory]
    [InlineData(13, null)]
    [InlineData(14, "NoRecentActivity")]
    [InlineData(15, "NoRecentActivity")]
    [InlineData(20, "NoRecentActivity")]
    [InlineData(21, "Stalled")]
    [InlineData(22, "Stalled")]
    public void Flags_DaysWithoutActivity_AlertAt14StalledAt21(int days, string? expected)
    {
        var deal = Healthy() with { LastActivityDate = Today.AddDays(-days) };

        var inactivity = Kinds(deal).Where(k => k is DealFlagKind.Stalled or DealFlagKind.NoRecentActivity);

        Assert.Equal(expected is { } kind ? [Enum.Parse<DealFlagKind>(kind)] : [], inactivity);
    }

    [Theory]
    [InlineData(4, null)]
    [InlineData(5, "NoRecentActivity")]
    [InlineData(6, "NoRecentActivity")]
    [InlineData(9, "NoRecentActivity")]
    [InlineData(10, "Stalled")]
    [InlineData(11, "Stalled")]
    public void Flags_CustomInactivityThresholds_AlertAt5StalledAt10(int days, string? expected)
    {
        var thresholds = Defaults with { AlertAfterDays = 5, StalledAfterDays = 10 };
        var deal = Healthy() with { LastActivityDate = Today.AddDays(-days) };

        var inactivity = Kinds(deal, thresholds).Where(k => k is DealFlagKind.Stalled or DealFlagKind.NoRecentActivity);

        Assert.Equal(expected is { } kind ? [Enum.Parse<DealFlagKind>(kind)] : [], inactivity);
    }

    [Fact]
    public void Flags_NoActivityEverRecorded_CountsFromCreation()
    {
        var deal = Healthy() with { LastActivityDate = null, CreatedDate = Today.AddDays(-25) };

        var flag = Assert.Single(DealRules.Flags(deal, null, Today, Defaults));

        Assert.Equal(DealFlagKind.Stalled, flag.Kind);
        Assert.Equal(FlagSeverity.Critical, flag.Severity);
        Assert.Equal("Stalled: no activity recorded in the 25 days since it was created", flag.Reason);
    }

    [Fact]
    public void Flags_Stalled_ReasonSaysHowLong()
    {
        var deal = Healthy() with { LastActivityDate = Today.AddDays(-23) };

        var flag = Assert.Single(DealRules.Flags(deal, null, Today, Defaults));

        Assert.Equal("Stalled: no activity for 23 days", flag.Reason);
    }

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    [InlineData(31, true)]
    public void Flags_DaysInStage_NoProgressFrom30(int days, bool flagged)
    {
        var deal = Healthy() with { StageEnteredDate = Today.AddDays(-days), CreatedDate = Today.AddDays(-40) };

        Assert.Equal(flagged, Kinds(deal).Contains(DealFlagKind.NoProgress));
    }

    [Theory]
    [InlineData(44, false)]
    [InlineData(45, true)]
    [InlineData(46, true)]
    public void Flags_CustomNoProgressThreshold_FlagsFrom45(int days, bool flagged)
    {
        var deal = Healthy() with { StageEnteredDate = Today.AddDays(-days), CreatedDate = Today.AddDays(-60) };

        Assert.Equal(flagged, Kinds(deal, Defaults with { NoProgressAfterDays = 45 }).Contains(DealFlagKind.NoProgress));
    }

    [Fact]
    public void Flags_NoProgress_NamesTheStage()
    {
        var deal = Healthy(stage: DealStage.Negotiation) with { StageEnteredDate = Today.AddDays(-33) };

        Assert.Equal("No progress: in negotiation for 33 days", Assert.Single(DealRules.Flags(deal, null, Today, Defaults)).Reason);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public void Flags_PreviousReviewsNextStepDue_MissedOnlyOnceItsDatePassed(int dueInDays, bool flagged)
    {
        var previous = Healthy() with { NextStepDate = Today.AddDays(dueInDays) };
        var deal = Healthy() with { LastActivityDate = Today.AddDays(-5) };

        Assert.Equal(flagged, Kinds(deal, previous: previous).Contains(DealFlagKind.NextStepMissed));
    }

    [Fact]
    public void Flags_MissedNextStep_IsCriticalAndQuotesTheStep()
    {
        var previous = Healthy() with { NextStep = "Demo to the security team", NextStepDate = new DateOnly(2026, 11, 30) };
        var deal = Healthy() with { NextStep = "Demo to the security team", LastActivityDate = Today.AddDays(-5) };

        var flag = Assert.Single(DealRules.Flags(deal, previous, Today, Defaults));

        Assert.Equal(FlagSeverity.Critical, flag.Severity);
        Assert.Equal(
            "Stalled: the next step from the last review, \"Demo to the security team\", was due 30 Nov 2026 and was missed",
            flag.Reason);
    }

    [Fact]
    public void Flags_ActivityOnTheNextStepsDate_IsNotMissed()
    {
        var previous = Healthy() with { NextStepDate = Today.AddDays(-3) };
        var deal = Healthy() with { LastActivityDate = Today.AddDays(-3) };

        Assert.DoesNotContain(DealFlagKind.NextStepMissed, Kinds(deal, previous: previous));
    }

    [Fact]
    public void Flags_NextStepReplacedSinceTheReview_IsNotMissed()
    {
        var previous = Healthy() with { NextStepDate = Today.AddDays(-3) };
        var deal = Healthy() with { NextStep = "Call procurement about the PO", LastActivityDate = Today.AddDays(-6) };

        Assert.DoesNotContain(DealFlagKind.NextStepMissed, Kinds(deal, previous: previous));
    }

    [Fact]
    public void Flags_NextStepClearedWithoutActivity_IsMissed()
    {
        var previous = Healthy() with { NextStepDate = Today.AddDays(-3) };
        var deal = Healthy(stage: DealStage.Discovery) with { NextStep = null, LastActivityDate = Today.AddDays(-6) };

        Assert.Contains(DealFlagKind.NextStepMissed, Kinds(deal, previous: previous));
    }

    [Theory]
    [InlineData("Discovery", false)]
    [InlineData("Qualification", true)]
    [InlineData("Proposal", true)]
    public void Flags_MissingFields_RequiredFromQualification(string stage, bool flagged)
    {
        var deal = Healthy(stage: Enum.Parse<DealStage>(stage)) with { DecisionMaker = null };

        Assert.Equal(flagged, Kinds(deal).Contains(DealFlagKind.MissingData));
    }

    [Theory]
    [InlineData("Qualification", false)]
    [InlineData("Proposal", true)]
    [InlineData("Negotiation", true)]
    public void Flags_CustomRequiredStage_RequiredFromProposal(string stage, bool flagged)
    {
        var deal = Healthy(stage: Enum.Parse<DealStage>(stage)) with { Amount = null };
        var thresholds = Defaults with { RequiredFieldsFromStage = DealStage.Proposal };

        Assert.Equal(flagged, Kinds(deal, thresholds).Contains(DealFlagKind.MissingData));
    }

    [Fact]
    public void Flags_EveryFieldMissing_ListsEachOne()
    {
        var deal = Healthy(stage: DealStage.Qualification) with { CloseDate = null, Amount = null, NextStep = " ", DecisionMaker = null };

        var flag = Assert.Single(DealRules.Flags(deal, null, Today, Defaults));

        Assert.Equal("Missing in qualification: close date, amount, next step, decision maker", flag.Reason);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public void Flags_CloseDate_FlaggedOncePast(int closeInDays, bool flagged)
    {
        var deal = Healthy() with { CloseDate = Today.AddDays(closeInDays) };

        Assert.Equal(flagged, Kinds(deal).Contains(DealFlagKind.CloseDateInPast));
    }

    [Fact]
    public void Flags_CloseDateInPast_SaysWhenAndIsCritical()
    {
        var deal = Healthy() with { CloseDate = new DateOnly(2026, 11, 20) };

        var flag = Assert.Single(DealRules.Flags(deal, null, Today, Defaults));

        Assert.Equal(FlagSeverity.Critical, flag.Severity);
        Assert.Equal("Close date 20 Nov 2026 has passed (13 days ago)", flag.Reason);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Flags_CloseDatePushes_FlaggedFromThree(int pushes, bool flagged)
    {
        var deal = Healthy() with { CloseDatePushCount = pushes };

        Assert.Equal(flagged, Kinds(deal).Contains(DealFlagKind.CloseDatePushed));
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(6, true)]
    public void Flags_CustomPushLimit_FlaggedFromFive(int pushes, bool flagged)
    {
        var deal = Healthy() with { CloseDatePushCount = pushes };

        Assert.Equal(flagged, Kinds(deal, Defaults with { CloseDatePushLimit = 5 }).Contains(DealFlagKind.CloseDatePushed));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Flags_ScorecardGaps_ActionPlanFromTwo(int missing, bool flagged)
    {
        var deal = Healthy() with { Scorecard = Scorecard(missing) };

        Assert.Equal(flagged, Kinds(deal).Contains(DealFlagKind.ActionPlanRequired));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Flags_CustomScorecardThreshold_ActionPlanFromThree(int missing, bool flagged)
    {
        var deal = Healthy() with { Scorecard = Scorecard(missing) };

        Assert.Equal(flagged, Kinds(deal, Defaults with { ScorecardGapsForActionPlan = 3 }).Contains(DealFlagKind.ActionPlanRequired));
    }

    [Fact]
    public void Flags_ScorecardUnknown_CountsOnlyKnownGaps()
    {
        var deal = Healthy() with { Scorecard = new QualificationScorecard(false, null, null, null, null) };

        Assert.DoesNotContain(DealFlagKind.ActionPlanRequired, Kinds(deal));
        Assert.Equal(["economic buyer engaged"], DealRules.ScorecardGaps(deal.Scorecard));
    }

    [Fact]
    public void Flags_ActionPlanRequired_NamesTheGaps()
    {
        var deal = Healthy() with { Scorecard = new QualificationScorecard(true, false, true, true, false) };

        var flag = Assert.Single(DealRules.Flags(deal, null, Today, Defaults));

        Assert.Equal(FlagSeverity.Critical, flag.Severity);
        Assert.Equal("Action plan required: scorecard misses 2 of 5 (budget confirmed, champion identified)", flag.Reason);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void Flags_EngagedContacts_SingleThreadedAtOne(int contacts, bool flagged)
    {
        var deal = Healthy() with { EngagedContacts = contacts };

        Assert.Equal(flagged, Kinds(deal).Contains(DealFlagKind.SingleThreaded));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Flags_CustomContactThreshold_SingleThreadedAtTwo(int contacts, bool flagged)
    {
        var deal = Healthy() with { EngagedContacts = contacts };

        Assert.Equal(flagged, Kinds(deal, Defaults with { SingleThreadedMaxContacts = 2 }).Contains(DealFlagKind.SingleThreaded));
    }

    [Fact]
    public void Flags_ContactsUnknown_NotSingleThreaded()
    {
        Assert.Empty(Kinds(Healthy() with { EngagedContacts = null }));
    }

    [Fact]
    public void Flags_SeveralProblems_ListsEachWithItsSeverity()
    {
        var deal = Healthy() with
        {
            LastActivityDate = Today.AddDays(-30),
            CloseDate = Today.AddDays(-2),
            CloseDatePushCount = 3,
            EngagedContacts = 1,
        };

        var flags = DealRules.Flags(deal, null, Today, Defaults);

        Assert.Equal(
            [
                (DealFlagKind.Stalled, FlagSeverity.Critical),
                (DealFlagKind.CloseDateInPast, FlagSeverity.Critical),
                (DealFlagKind.CloseDatePushed, FlagSeverity.Warning),
                (DealFlagKind.SingleThreaded, FlagSeverity.Warning),
            ],
            flags.Select(f => (f.Kind, f.Severity)));
    }

    private static QualificationScorecard Scorecard(int missing)
    {
        var known = Enumerable.Range(0, 5).Select(i => i >= missing).ToArray();
        return new QualificationScorecard(known[0], known[1], known[2], known[3], known[4]);
    }
}
