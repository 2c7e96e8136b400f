using TeamsCadenceBot.Deals;
using TeamsCadenceBot.OneOnOnes;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.Tests.PipelineReviews.TestDeals;

namespace TeamsCadenceBot.Tests.OneOnOnes;

public sealed class BriefCardTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 14, 0, 0, TimeSpan.Zero);

    private static readonly Person Manager = new(
        Tenant, "manager-1", "Alice Rivera", null, null, null, "America/New_York", TimeZoneSource.Person, null, false);

    private static readonly Person Rep = new(
        Tenant, "rep-1", "Bob Chen", null, null, null, "Europe/Berlin", TimeZoneSource.Person, "manager-1", false);

    private static readonly OneOnOneView View = new(
        new OneOnOneOccurrence
        {
            TenantId = Tenant,
            ManagerId = Manager.Id,
            RepId = Rep.Id,
            StartsAt = Start,
            Length = TimeSpan.FromMinutes(30),
            ScheduleVersion = 1,
        },
        Manager,
        Rep,
        [],
        [],
        Start.AddHours(-2));

    private static string Build(BriefPipeline pipeline) =>
        OneOnOneTestbed.Text(BriefCard.Build(View, CardViewer.For(Manager), [], null, pipeline));

    private static BriefPipeline Pipeline(IReadOnlyList<Deal> then, IReadOnlyList<Deal> now, bool sinceLast = true) =>
        BriefPipeline.From(
            new DateOnly(2026, 11, 30),
            sinceLast,
            then,
            now,
            Today,
            PipelineThresholds.Default,
            BriefPipelineTests.Coaching());

    [Fact]
    public void Build_WithDealData_ShowsChangesSinceTheLastOneOnOneFlagsAndTheCoachingSuggestion()
    {
        var pipeline = Pipeline(
            [Healthy("A", stage: DealStage.Discovery) with { Name = "Contoso renewal" }],
            [
                Healthy("A", stage: DealStage.Qualification) with { Name = "Contoso renewal" },
                Healthy("B", amount: 240_000m) with { Name = "Fabrikam pilot", CloseDate = Today.AddDays(-3) },
            ]);

        var sut = Build(pipeline);

        Assert.Contains("Pipeline since the last 1:1 (30 Nov 2026)", sut, StringComparison.Ordinal);
        var advanced = "\"title\":\"Advanced\",\"value\":\"Contoso renewal: advanced from discovery to qualification\"";
        Assert.Contains(advanced, sut, StringComparison.Ordinal);
        var added = "\"title\":\"New\",\"value\":\"Fabrikam pilot: new in proposal\"";
        Assert.Contains(added, sut, StringComparison.Ordinal);
        Assert.Contains("Hygiene flags (1 deal)", sut, StringComparison.Ordinal);
        Assert.Contains("Fabrikam pilot (proposal, 240K)", sut, StringComparison.Ordinal);
        Assert.Contains("- Close date 30 Nov 2026 has passed (3 days ago)", sut, StringComparison.Ordinal);
        Assert.Contains("Coaching suggestion", sut, StringComparison.Ordinal);
        Assert.Contains("20% against the team's 55%. Coach on proposal.", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoEarlierOneOnOne_SaysWhichDateTheChangesAreFrom()
    {
        var sut = Build(Pipeline([Healthy("A")], [Healthy("A"), Healthy("B")], sinceLast: false));

        Assert.Contains("Pipeline since 30 Nov 2026 (no earlier 1:1)", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoDealData_PipelineSectionsLeftOut()
    {
        var sut = Build(BriefPipeline.None);

        Assert.DoesNotContain("Pipeline since", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("Hygiene flags", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("Coaching", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OnlyCoaching_OnlyThatSection()
    {
        var sut = Build(BriefPipeline.None with { Coaching = BriefPipelineTests.Coaching() });

        Assert.Contains("Coaching suggestion", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("Pipeline since", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("Hygiene flags", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MoreChangesAndFlaggedDealsThanShown_CutSayingHowManyMore()
    {
        var now = Enumerable.Range(1, 30)
            .Select(i => Healthy($"D{i:D2}") with
            {
                Name = new string('x', 300) + i,
                LastActivityDate = Today.AddDays(-40),
            })
            .ToList();

        var card = BriefCard.Build(View, CardViewer.For(Manager), [], null, Pipeline([Healthy("other")], now));
        var sut = OneOnOneTestbed.Text(card);

        Assert.Equal(BriefPipelineSections.MaxChanges, card.Body.OfType<FactSet>().Single().Facts.Count);
        Assert.Contains("And 10 more changes.", sut, StringComparison.Ordinal);
        Assert.Contains("Hygiene flags (30 deals)", sut, StringComparison.Ordinal);
        Assert.Contains("And 20 more flagged deals.", sut, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 81), sut, StringComparison.Ordinal);
    }
}
