using TeamsCadenceBot.Deals;
using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.Tests.PipelineReviews;

namespace TeamsCadenceBot.Tests.ForecastCalls;

/// <summary>
/// Deals and periods for forecast rule tests: the period is the calendar Q4 2026 (October to December) and today
/// is 3 December 2026; a deal is a 100K proposal of rep-1 in pipeline, closing in the period, touched today.
/// </summary>
internal static class ForecastDeals
{
    public const string Rep = "rep-1";

    public static readonly DateOnly Today = TestDeals.Today;

    public static readonly ForecastPeriod Period = ForecastPeriod.Containing(Today, 1);

    public static Deal Deal(
        string id,
        ForecastCategory category = ForecastCategory.Pipeline,
        decimal amount = 100_000m,
        DealStage stage = DealStage.Proposal,
        string owner = Rep) =>
        TestDeals.Healthy(id, owner, stage, amount) with { Category = category, CloseDate = Today.AddDays(10) };

    public static Deal Won(string id, decimal amount, string owner = Rep) =>
        Deal(id, ForecastCategory.Closed, amount, DealStage.ClosedWon, owner) with { CloseDate = Today.AddDays(-20) };

    public static RepRollup Rollup(params Deal[] deals) => ForecastRollups.ForRep(Rep, deals, Period, quota: null);

    public static RepRollup Rollup(decimal quota, params Deal[] deals) =>
        ForecastRollups.ForRep(Rep, deals, Period, quota);
}
