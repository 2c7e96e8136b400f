using System.Globalization;
using TeamsCadenceBot.Deals;
using static TeamsCadenceBot.Tests.PipelineReviews.TestDeals;

namespace TeamsCadenceBot.Tests.PipelineReviews;

/// <summary>
/// A large team's open deals, as varied as a real pipeline: every fourth deal healthy, the others stalled, missing
/// data, slipping or poorly qualified, in every open stage, with long names.
/// </summary>
internal static class ReviewDeals
{
    private static readonly DealStage[] OpenStages =
        [DealStage.Discovery, DealStage.Qualification, DealStage.Proposal, DealStage.Negotiation];

    /// <summary>The <paramref name="index"/>th open deal of <paramref name="ownerId"/>, the same every time.</summary>
    public static Deal Open(string ownerId, int index)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"006{ownerId[^4..]}{index:D6}");
        var deal = Healthy(id, ownerId, OpenStages[index % OpenStages.Length], 20_000m + index * 3_750m) with
        {
            Name = string.Create(
                CultureInfo.InvariantCulture,
                $"Fabrikam Worldwide Holdings — multi-year platform renewal and services expansion {index:000}"),
        };
        return (index % 4) switch
        {
            0 => deal,
            1 => deal with { LastActivityDate = Today.AddDays(-30 - index % 40), EngagedContacts = 1 },
            2 => deal with
            {
                CloseDate = Today.AddDays(-3),
                CloseDatePushCount = 4,
                NextStep = null,
                DecisionMaker = null,
            },
            _ => deal with
            {
                StageEnteredDate = Today.AddDays(-120),
                CreatedDate = Today.AddDays(-200),
                Scorecard = new QualificationScorecard(false, false, true, false, null),
            },
        };
    }
}
