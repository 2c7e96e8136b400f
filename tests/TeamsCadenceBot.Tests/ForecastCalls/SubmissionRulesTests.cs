using TeamsCadenceBot.Deals;
using TeamsCadenceBot.ForecastCalls;
using static TeamsCadenceBot.Tests.ForecastCalls.ForecastDeals;

namespace TeamsCadenceBot.Tests.ForecastCalls;

public sealed class SubmissionRulesTests
{
    private static readonly RepRollup OneCommitDeal =
        Rollup(Won("W", 50_000m), Deal("C", ForecastCategory.Commit, 100_000m));

    private static readonly CommitEvidence Signed = new("C", SignedPaper: true, BudgetApproved: false, null);

    private static IReadOnlyList<string> Check(CallFigures call, params CommitEvidence[] evidence) =>
        SubmissionRules.Check(call, OneCommitDeal, evidence, Period);

    [Fact]
    public void Check_ConsistentCallWithEvidence_PassesEvenAboveTheCrm()
    {
        var sut = Check(new CallFigures(180_000m, 200_000m, 300_000m), Signed);

        Assert.Empty(sut);
    }

    [Fact]
    public void Check_NoCommitDealsNothingWon_AcceptsZero()
    {
        var sut = SubmissionRules.Check(new CallFigures(0m, 0m, 0m), Rollup(), [], Period);

        Assert.Empty(sut);
    }

    [Fact]
    public void Check_NegativeAmount_IsRefused()
    {
        var sut = Check(new CallFigures(60_000m, 70_000m, -1m), Signed);

        Assert.Contains("Amounts can't be negative.", sut);
    }

    [Fact]
    public void Check_CommitAboveBestCase_IsRefusedWithTheNumbers()
    {
        var sut = Check(new CallFigures(160_000m, 150_000m, 300_000m), Signed);

        var problem = Assert.Single(sut);
        Assert.Contains("Best case includes commit", problem, StringComparison.Ordinal);
        Assert.Contains("150K against a commit of 160K", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BestCaseAbovePipeline_IsRefused()
    {
        var sut = Check(new CallFigures(100_000m, 200_000m, 150_000m), Signed);

        Assert.Contains("Pipeline includes best case", Assert.Single(sut), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CommitBelowClosedWon_IsRefused()
    {
        var sut = Check(new CallFigures(40_000m, 200_000m, 300_000m), Signed);

        Assert.Contains("already won 50K", Assert.Single(sut), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CommitDealWithoutEvidence_IsRefusedByName()
    {
        var sut = Check(new CallFigures(150_000m, 150_000m, 150_000m), new CommitEvidence("C", false, false, null));

        Assert.Equal(["Contoso expansion C is in commit without evidence: tick signed paper or budget approval, "
            + "or give the decision meeting date."], sut);
    }

    [Fact]
    public void Check_DecisionMeetingInPeriod_IsEvidence()
    {
        var sut = Check(new CallFigures(150_000m, 150_000m, 150_000m), new CommitEvidence("C", false, false, Today));

        Assert.Empty(sut);
    }

    [Fact]
    public void Check_OnlyADecisionMeetingAfterThePeriod_IsRefused()
    {
        var meeting = Period.EndExclusive;

        var sut = Check(new CallFigures(150_000m, 150_000m, 150_000m), new CommitEvidence("C", false, false, meeting));

        Assert.Contains("outside Q4 FY2026", Assert.Single(sut), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LateMeetingWithApprovedBudget_Passes()
    {
        var evidence = new CommitEvidence("C", false, BudgetApproved: true, Period.EndExclusive);

        var sut = Check(new CallFigures(150_000m, 150_000m, 150_000m), evidence);

        Assert.Empty(sut);
    }

    [Fact]
    public void Check_SeveralProblems_AreAllListed()
    {
        var sut = Check(new CallFigures(10_000m, 5_000m, 1_000m));

        Assert.Equal(4, sut.Count);
    }
}
