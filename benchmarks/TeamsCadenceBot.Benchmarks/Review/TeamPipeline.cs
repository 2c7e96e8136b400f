using System.Globalization;
using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.Benchmarks.Review;

/// <summary>
/// A large team's deals as two weekly imports would leave them: last week's state, then this week's with stage
/// moves, slipped close dates and new activity. Each rep has <c>openPerRep</c> open deals, a mix of healthy and
/// flagged ones in every open stage, and some deals closed in the last half year (for win rates and cycle length).
/// </summary>
internal static class TeamPipeline
{
    private const int ClosedPerRep = 40;

    private static readonly DealStage[] OpenStages =
        [DealStage.Discovery, DealStage.Qualification, DealStage.Proposal, DealStage.Negotiation];

    public static IEnumerable<Deal> LastWeek(
        string tenantId,
        IReadOnlyList<string> reps,
        int openPerRep,
        DateOnly today) =>
        reps.SelectMany(rep => Enumerable.Range(0, openPerRep + ClosedPerRep)
            .Select(i => Deal(tenantId, rep, i, openPerRep, today.AddDays(-7))));

    public static IEnumerable<Deal> ThisWeek(
        string tenantId,
        IReadOnlyList<string> reps,
        int openPerRep,
        DateOnly today) =>
        LastWeek(tenantId, reps, openPerRep, today).Select((deal, n) => !deal.IsOpen ? deal : (n % 5) switch
        {
            // A fifth advanced a stage, a fifth slipped its close date, a fifth had activity this week.
            0 when deal.Stage != DealStage.Negotiation => deal with
            {
                Stage = deal.Stage + 1,
                CrmStage = (deal.Stage + 1).ToString(),
                StageEnteredDate = today.AddDays(-2),
            },
            1 => deal with
            {
                CloseDate = deal.CloseDate?.AddDays(30),
                CloseDatePushCount = deal.CloseDatePushCount + 1,
            },
            2 => deal with { LastActivityDate = today.AddDays(-1) },
            _ => deal,
        });

    private static Deal Deal(string tenantId, string rep, int i, int openPerRep, DateOnly asOf)
    {
        var stage = i >= openPerRep ? (i % 3 == 0 ? DealStage.ClosedLost : DealStage.ClosedWon) : OpenStages[i % 4];
        var deal = new Deal
        {
            TenantId = tenantId,
            CrmId = string.Create(CultureInfo.InvariantCulture, $"006Rev{rep[^4..]}{i:D6}"),
            Name = string.Create(CultureInfo.InvariantCulture, $"Fabrikam Worldwide — platform renewal {i:000}"),
            OwnerId = rep,
            Stage = stage,
            CrmStage = stage.ToString(),
            Amount = 20_000m + (i * 3_750m),
            CloseDate = i >= openPerRep ? asOf.AddDays(-(i % 170)) : asOf.AddDays(20 + (i % 90)),
            Category = stage == DealStage.Negotiation ? ForecastCategory.Commit : ForecastCategory.Pipeline,
            LastActivityDate = asOf.AddDays(-(i % 5)),
            NextStep = "Send the order form",
            NextStepDate = asOf.AddDays(5),
            DecisionMaker = "Pat Lee, CFO",
            CreatedDate = asOf.AddDays(-60 - (i % 200)),
            StageEnteredDate = asOf.AddDays(-(i % 25)),
            Source = (i % 3) switch { 0 => "Inbound", 1 => "Partner", _ => "Outbound" },
            EngagedContacts = 3,
            Scorecard = new QualificationScorecard(true, true, true, true, true),
        };

        // Three deals in four carry flags: stalled and single-threaded, slipping and incomplete, or poorly qualified.
        return (i % 4) switch
        {
            1 => deal with { LastActivityDate = asOf.AddDays(-30 - (i % 40)), EngagedContacts = 1 },
            2 => deal with { CloseDatePushCount = 3, NextStep = null, DecisionMaker = null },
            3 => deal with
            {
                StageEnteredDate = asOf.AddDays(-120),
                Scorecard = new QualificationScorecard(false, false, true, false, null),
            },
            _ => deal,
        };
    }
}
