using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Hosting;
using static TeamsCadenceBot.Tests.PipelineReviews.ReviewTestbed;

namespace TeamsCadenceBot.Tests.PipelineReviews;

public sealed class PipelineReviewActionTests
{
    // Thursday 3 December 2026: 09:00 in New York (the manager), 15:00 in Berlin (the rep).
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 14, 0, 0, TimeSpan.Zero);
    private const string Review = "review:" + Manager + ":2026-12-03";

    private static async Task<ReviewTestbed> SeededAsync()
    {
        var bed = new ReviewTestbed(Start);
        await bed.SeedOrgAsync();
        bed.Source.Deals.Add(TestDeals.Healthy("006A", Rep) with { CloseDate = TestDeals.Today.AddDays(-2) });
        bed.Source.Deals.Add(TestDeals.Healthy("006B", Peer));
        return bed;
    }

    private static Dictionary<string, object> Plan(string due, string text = "Agree a new close date with the CFO") => new()
    {
        ["dealId"] = "006A",
        ["ownerId"] = Rep,
        ["dealName"] = "Contoso expansion 006A",
        ["review"] = Review,
        ["recoverText-006A"] = text,
        ["recoverDone-006A"] = "The CRM close date matches the buyer's own timeline",
        ["recoverDue-006A"] = due,
    };

    [Fact]
    public async Task Page_ByTheManager_ReplacesTheCardWithThatPage()
    {
        var bed = await SeededAsync();

        var response = await bed.ActAsync(Manager, PipelineReviewVerbs.Page, new TeamPageData(Manager, 0));

        var card = Assert.IsType<AdaptiveCard>(Body(response).Value);
        Assert.Equal("Pipeline review: Megan Bowen's team", ((TextBlock)card.Body[0]).Text);
    }

    [Fact]
    public async Task Page_ByTheLeaderAbove_Allowed()
    {
        var bed = await SeededAsync();

        var response = await bed.ActAsync(Leader, PipelineReviewVerbs.Page, new TeamPageData(Manager, 0));

        Assert.IsType<AdaptiveCard>(Body(response).Value);
    }

    [Fact]
    public async Task Page_ByARep_Refused()
    {
        var bed = await SeededAsync();

        var response = await bed.ActAsync(Rep, PipelineReviewVerbs.Page, new TeamPageData(Manager, 0));

        AssertRefused(response, 403, ReviewAccess.NotAllowedForTeam("Megan Bowen"));
        Assert.Empty(bed.Source.DealQueries);
    }

    [Fact]
    public async Task Rep_ByTheRepThemselves_Refused()
    {
        var bed = await SeededAsync();

        var response = await bed.ActAsync(Rep, PipelineReviewVerbs.Rep, new RepPageData(Rep, 0));

        AssertRefused(response, 403, ReviewAccess.NotAllowedForRep("Alex Wilber"));
    }

    [Fact]
    public async Task Rep_ByAnotherTeamsManager_Refused()
    {
        var bed = await SeededAsync();

        var response = await bed.ActAsync(OtherManager, PipelineReviewVerbs.Rep, new RepPageData(Rep, 0));

        AssertRefused(response, 403, ReviewAccess.NotAllowedForRep("Alex Wilber"));
    }

    [Fact]
    public async Task Rep_ByTheManager_RepsCard()
    {
        var bed = await SeededAsync();

        var response = await bed.ActAsync(Manager, PipelineReviewVerbs.Rep, new RepPageData(Rep, 0));

        var card = Assert.IsType<AdaptiveCard>(Body(response).Value);
        Assert.Equal("Pipeline review: Alex Wilber", ((TextBlock)card.Body[0]).Text);
    }

    [Fact]
    public async Task Recover_ManagerWithinSevenDays_CommitmentForTheOwnerDueThatDayAt17InTheirZone()
    {
        var bed = await SeededAsync();

        var response = await bed.ActAsync(Manager, PipelineReviewVerbs.Recover, Plan("2026-12-10"));

        Assert.StartsWith(
            "Recovery plan recorded for Alex Wilber on Contoso expansion 006A",
            (string)Body(response).Value,
            StringComparison.Ordinal);
        var plan = Assert.Single(await bed.CommitmentsOfAsync(Rep));
        Assert.Equal([Rep], plan.OwnerIds);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 16, 0, 0, TimeSpan.Zero), plan.DueAt);
        Assert.Equal("Agree a new close date with the CFO", plan.Text);
        Assert.Equal("The CRM close date matches the buyer's own timeline", plan.SuccessCriterion);
        Assert.Equal(Manager, plan.CreatedBy);
        Assert.Equal(new CommitmentOrigin(CommitmentOriginKind.PipelineReview, Review + ":deal:006A"), plan.Origin);
    }

    [Fact]
    public async Task Recover_Recorded_OwnerToldInTheirPersonalChat()
    {
        var bed = await SeededAsync();

        await bed.ActAsync(Manager, PipelineReviewVerbs.Recover, Plan("2026-12-10"));

        var sent = Assert.Single(await bed.QueuedAsync());
        Assert.Equal(DeliveryTarget.Person(Rep), sent.Target);
        Assert.Equal(PipelineReviewActionHandler.RecoveryKind, sent.Kind);
    }

    [Fact]
    public async Task Recover_Today_Allowed()
    {
        var bed = await SeededAsync();

        await bed.ActAsync(Manager, PipelineReviewVerbs.Recover, Plan("2026-12-03"));

        Assert.Equal(new DateTimeOffset(2026, 12, 3, 16, 0, 0, TimeSpan.Zero), Assert.Single(await bed.CommitmentsOfAsync(Rep)).DueAt);
    }

    [Fact]
    public async Task Recover_EightDaysAhead_RefusedAndNothingRecorded()
    {
        var bed = await SeededAsync();

        var response = await bed.ActAsync(Manager, PipelineReviewVerbs.Recover, Plan("2026-12-11"));

        AssertRefused(response, 400, "Recovery plans are due within 7 days: pick 10 Dec 2026 or earlier.");
        Assert.Empty(await bed.CommitmentsOfAsync(Rep));
        Assert.Empty(await bed.QueuedAsync());
    }

    [Fact]
    public async Task Recover_Yesterday_Refused()
    {
        var bed = await SeededAsync();

        var response = await bed.ActAsync(Manager, PipelineReviewVerbs.Recover, Plan("2026-12-02"));

        AssertRefused(response, 400, "That date has passed. Pick a date from today on.");
        Assert.Empty(await bed.CommitmentsOfAsync(Rep));
    }

    [Fact]
    public async Task Recover_TodayAfterTheOwnersDayEnded_Refused()
    {
        var bed = await SeededAsync();
        bed.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 17, 0, 0, TimeSpan.Zero));

        var response = await bed.ActAsync(Manager, PipelineReviewVerbs.Recover, Plan("2026-12-03"));

        AssertRefused(response, 400, "Alex Wilber's day is already over on that date. Pick a later date.");
    }

    [Fact]
    public async Task Recover_ByAPeerRep_RefusedAndNothingRecorded()
    {
        var bed = await SeededAsync();

        var response = await bed.ActAsync(Peer, PipelineReviewVerbs.Recover, Plan("2026-12-10"));

        AssertRefused(response, 403, ReviewAccess.NotAllowedForRep("Alex Wilber"));
        Assert.Empty(await bed.CommitmentsOfAsync(Rep));
    }

    [Fact]
    public async Task Recover_ByTheOwnerThemselves_Refused()
    {
        var bed = await SeededAsync();

        var response = await bed.ActAsync(Rep, PipelineReviewVerbs.Recover, Plan("2026-12-10"));

        Assert.Equal(403, Body(response).StatusCode);
        Assert.Empty(await bed.CommitmentsOfAsync(Rep));
    }

    [Fact]
    public async Task Recover_ByTheLeaderAbove_Allowed()
    {
        var bed = await SeededAsync();

        await bed.ActAsync(Leader, PipelineReviewVerbs.Recover, Plan("2026-12-09"));

        Assert.Equal(Leader, Assert.Single(await bed.CommitmentsOfAsync(Rep)).CreatedBy);
    }

    [Fact]
    public async Task Recover_TwiceForTheSameDeal_OnePlan()
    {
        var bed = await SeededAsync();
        await bed.ActAsync(Manager, PipelineReviewVerbs.Recover, Plan("2026-12-10"));

        var second = await bed.ActAsync(Manager, PipelineReviewVerbs.Recover, Plan("2026-12-08", "Call the CFO"));

        Assert.StartsWith(
            "Alex Wilber already has an open recovery plan for Contoso expansion 006A",
            (string)Body(second).Value,
            StringComparison.Ordinal);
        Assert.Single(await bed.CommitmentsOfAsync(Rep));
    }

    // The first delivery stored the plan and stopped before telling the owner; Teams delivers the action again.
    [Fact]
    public async Task Recover_RedeliveredAfterThePlanWasStored_RecordedOnceAndTheOwnerTold()
    {
        var bed = await SeededAsync();
        var plan = Plan("2026-12-10");
        await bed.Commitments.CreateAsync(
            Tenant,
            new CommitmentDraft((string)plan["recoverText-006A"], OwnerChoice.Mentioned, Start.AddDays(7), null),
            [Rep],
            Manager,
            new CommitmentOrigin(CommitmentOriginKind.PipelineReview, Review + ":deal:006A"),
            "act-first",
            default);

        var again = await bed.ActAsync(Manager, PipelineReviewVerbs.Recover, plan, activityId: "act-first");

        Assert.StartsWith("Recovery plan recorded for Alex Wilber", (string)Body(again).Value, StringComparison.Ordinal);
        Assert.Single(await bed.CommitmentsOfAsync(Rep));
        Assert.Single(await bed.QueuedAsync(), m => m.Kind == PipelineReviewActionHandler.RecoveryKind);
    }

    [Fact]
    public async Task Recover_EmptyAction_Refused()
    {
        var bed = await SeededAsync();

        var response = await bed.ActAsync(Manager, PipelineReviewVerbs.Recover, Plan("2026-12-10", "  "));

        AssertRefused(response, 400, "Say what will be done to recover the deal.");
    }

    [Fact]
    public async Task HandleAsync_UnknownVerb_AsksForANewCard()
    {
        var bed = await SeededAsync();

        var response = await bed.ActAsync(Manager, "pipelinereview.bogus", new TeamPageData(Manager, 0));

        Assert.Equal(400, Body(response).StatusCode);
    }

    private static UniversalActionBody Body(InvokeResponse response) => Assert.IsType<UniversalActionBody>(response.Body);

    private static void AssertRefused(InvokeResponse response, int status, string message)
    {
        var body = Body(response);
        Assert.Equal(status, body.StatusCode);
        Assert.Equal(message, Assert.IsType<UniversalActionError>(body.Value).Message);
    }
}
