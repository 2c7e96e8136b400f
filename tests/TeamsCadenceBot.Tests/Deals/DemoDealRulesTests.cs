using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.Deals.Demo;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Deals;

// The real review rules over the generated demo data: every deal flag and every team check must be raised.
public sealed class DemoDealRulesTests
{
    private static readonly DemoTeam Team = DemoTeam.Sample(TestPeople.Tenant);

    // Dates in the last six weeks of a calendar quarter: the stage-distribution check warns only then (PRODUCT.md).
    private static readonly DateOnly LateInQ4 = new(2026, 12, 3);
    private static readonly DateOnly LateInQ1 = new(2027, 3, 20);

    public static TheoryData<int, DateOnly> SeedsAndDays() => new()
    {
        { 1, LateInQ4 },
        { 2, LateInQ4 },
        { 42, LateInQ4 },
        { 2026, LateInQ4 },
        { 2026, LateInQ1 },
    };

    private static PipelineReview Review(DemoDealHistory history)
    {
        // A weekly review: the previous one saw last week's import.
        var quota = history.Quota is { } q ? ReviewQuota.Team(q.Amount) : null;
        return PipelineReviewer.Review(
            new ReviewedRep(Team.Manager.Id, Team.Manager.Name),
            [.. Team.Reps.Select(r => new ReviewedRep(r.Id, r.Name))],
            history.Current,
            history.Weeks[^2].Deals,
            history.Today,
            PipelineThresholds.Default,
            quota);
    }

    private static HashSet<DealFlagKind> Flags(PipelineReview review) =>
        review.Reps.SelectMany(r => r.Flagged).SelectMany(d => d.Flags).Select(f => f.Kind).ToHashSet();

    [Theory]
    [MemberData(nameof(SeedsAndDays))]
    public void Review_GeneratedDemo_RaisesEveryDealFlag(int seed, DateOnly today)
    {
        var history = DemoDeals.Generate(seed, Team, today);

        var sut = Review(history);

        Assert.Equal(Enum.GetValues<DealFlagKind>().ToHashSet(), Flags(sut));
    }

    // A demo where nearly every deal is flagged, and every rep is red, shows a manager nothing to tell apart.
    [Theory]
    [MemberData(nameof(SeedsAndDays))]
    public void Review_GeneratedDemo_FlagsSomeDealsAndTellsRepsApart(int seed, DateOnly today)
    {
        var history = DemoDeals.Generate(seed, Team, today);

        var sut = Review(history);

        var open = sut.Reps.Sum(r => r.Summary.OpenCount);
        var flagged = sut.Reps.Sum(r => r.Summary.FlaggedCount);
        Assert.InRange(flagged, open * 3 / 10, open * 7 / 10);
        Assert.Equal(RagStatus.Green, Status(sut, Team.Reps[0]));
        Assert.Equal(RagStatus.Red, Status(sut, Team.Reps[^1]));
    }

    private static RagStatus Status(PipelineReview review, DemoPerson rep) =>
        review.Reps.Single(r => r.RepId == rep.Id).Summary.Status;

    [Theory]
    [MemberData(nameof(SeedsAndDays))]
    public void Review_GeneratedDemo_EveryRepHasOpenDeals(int seed, DateOnly today)
    {
        var history = DemoDeals.Generate(seed, Team, today);

        var sut = Review(history);

        Assert.All(sut.Reps, r => Assert.InRange(r.Summary.OpenCount, 20, 80));
    }

    [Theory]
    [MemberData(nameof(SeedsAndDays))]
    public void Review_GeneratedDemo_EveryTeamCheckRaised(int seed, DateOnly today)
    {
        var history = DemoDeals.Generate(seed, Team, today);

        var sut = Review(history);

        Assert.All(sut.TeamChecks, check => Assert.True(
            check.Status is RagStatus.Yellow or RagStatus.Red,
            $"{check.Name}: {check.Status} ({check.Text})"));
        Assert.Equal(
            [TeamPipelineRules.DistributionName, TeamPipelineRules.AgingName, TeamPipelineRules.CoverageName],
            sut.TeamChecks.Select(c => c.Name));
    }

    [Fact]
    public void Review_TailspinScenario_RaisesTheMissedNextStepFlag()
    {
        var history = DemoDeals.Generate(1, Team, LateInQ4);

        var tailspin = Review(history).Reps.SelectMany(r => r.Flagged)
            .Single(d => d.Deal.Name.Contains("(next step missed)", StringComparison.Ordinal));

        Assert.Equal([DealFlagKind.NextStepMissed], tailspin.Flags.Select(f => f.Kind));
    }

    [Fact]
    public async Task SeedAsync_WithTeamSettings_ReviewThroughTheRealSourceRaisesEveryFlagAndCheck()
    {
        var tables = new CadenceTables(
            TestTables.Options(AzuriteStorage.UniquePrefix()),
            WriteCounter.SlowTransactionOptions());
        var people = new TablePeopleStore(
            tables,
            Options.Create(new PeopleOptions()),
            new RecentSightings(new FakeTimeProvider(TestImporter.Now)),
            NullLogger<TablePeopleStore>.Instance);
        var deals = new TableDealStore(tables);
        var settings = new TeamSettingsStore(tables);
        var history = DemoDeals.Generate(2026, Team, LateInQ4);
        await DemoDealSeeder.SeedAsync(deals, people, settings, history, default);
        var clock = new FakeTimeProvider(new DateTimeOffset(LateInQ4, new TimeOnly(15, 0), TimeSpan.Zero));
        var sut = new PipelineReviewService(new DealPipelineSource(deals), people, settings, clock);

        var outcome = await sut.ReviewTeamAsync(TestPeople.Tenant, Team.Manager.Id, Team.Manager.Id, default);

        var review = Assert.IsType<PipelineReview>(outcome.Review);
        Assert.Equal(Enum.GetValues<DealFlagKind>().ToHashSet(), Flags(review));
        Assert.All(review.TeamChecks, check => Assert.True(check.Status is RagStatus.Yellow or RagStatus.Red, check.Text));
        Assert.Equal(history.Quota, (await settings.GetAsync(TestPeople.Tenant, Team.Manager.Id, default)).Quota);
    }
}
