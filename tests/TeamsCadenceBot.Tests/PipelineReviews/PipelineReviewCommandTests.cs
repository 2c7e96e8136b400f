using TeamsCadenceBot.ForecastCalls.Quotas;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.Tests.PipelineReviews.ReviewTestbed;

namespace TeamsCadenceBot.Tests.PipelineReviews;

public sealed class PipelineReviewCommandTests
{
    // Thursday 3 December 2026: 09:00 in New York, 15:00 in Berlin.
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 14, 0, 0, TimeSpan.Zero);

    private static async Task<ReviewTestbed> SeededAsync()
    {
        var bed = new ReviewTestbed(Start);
        await bed.SeedOrgAsync();
        bed.Source.Deals.AddRange(
        [
            TestDeals.Healthy("006A", Rep) with { LastActivityDate = TestDeals.Today.AddDays(-30) },
            TestDeals.Healthy("006B", Peer),
            TestDeals.Healthy("006C", OtherRep) with { EngagedContacts = 1 },
        ]);
        return bed;
    }

    [Fact]
    public async Task HandleAsync_ManagerInTheChannel_RepliesWithTheWholeTeamsCard()
    {
        var bed = await SeededAsync();

        await bed.TypeAsync(Manager, "pipeline review");

        var card = bed.LastReply().Card!;
        Assert.Equal("Pipeline review: Megan Bowen's team", ((TextBlock)card.Body[0]).Text);
        Assert.Contains(CardWalk.Texts(card), t => t.StartsWith("**Alex Wilber**", StringComparison.Ordinal));
        Assert.Contains(CardWalk.Texts(card), t => t.StartsWith("**Lee Gu**", StringComparison.Ordinal));
        Assert.DoesNotContain(CardWalk.Texts(card), t => t.StartsWith("**Isaiah Langer**", StringComparison.Ordinal));
        Assert.Equal("reply", bed.Connector.Calls.Last().Operation);
    }

    [Fact]
    public async Task HandleAsync_ManagerInTheChannel_ReadsOpenAndRecentDealsAndLastWeeksSnapshot()
    {
        var bed = await SeededAsync();

        await bed.TypeAsync(Manager, "pipeline review");

        var (owners, closedSince) = Assert.Single(bed.Source.DealQueries);
        Assert.Equal([Rep, Peer], owners.Order(StringComparer.Ordinal));
        Assert.Equal(TestDeals.Today.AddDays(-180), closedSince);
        Assert.Equal(TestDeals.Today.AddDays(-7), Assert.Single(bed.Source.SnapshotQueries).AsOf);
    }

    [Fact]
    public async Task HandleAsync_MetricsWindowShorterThanTheQuarterSoFar_ReadsDealsClosedSinceTheQuarterStarted()
    {
        var bed = await SeededAsync();
        var thresholds = PipelineThresholds.Default with { MetricsLookbackDays = 30 };
        await bed.Settings.SaveAsync(TestDeals.Tenant, Manager, new TeamSettings(thresholds, null), default);

        await bed.TypeAsync(Manager, "pipeline review");

        Assert.Equal(new DateOnly(2026, 10, 1), Assert.Single(bed.Source.DealQueries).ClosedSince);
    }

    [Fact]
    public async Task HandleAsync_RepWithoutATeam_RefusedWithWhatToDo()
    {
        var bed = await SeededAsync();

        await bed.TypeAsync(Rep, "pipeline review");

        Assert.Equal(ReviewAccess.NoTeam, bed.LastReply().Text);
        Assert.Empty(bed.Source.DealQueries);
    }

    [Fact]
    public async Task HandleAsync_RepAsksForAPeersReview_Refused()
    {
        var bed = await SeededAsync();

        await bed.TypeAsync(Rep, "pipeline review", ConversationScope.Team, Peer);

        Assert.Equal(ReviewAccess.NotAllowedForRep("Lee Gu"), bed.LastReply().Text);
        Assert.Empty(bed.Source.DealQueries);
    }

    [Fact]
    public async Task HandleAsync_ManagerAsksForAnotherTeamsRep_Refused()
    {
        var bed = await SeededAsync();

        await bed.TypeAsync(Manager, "pipeline review", ConversationScope.GroupChat, OtherRep);

        Assert.Equal(ReviewAccess.NotAllowedForRep("Isaiah Langer"), bed.LastReply().Text);
    }

    [Fact]
    public async Task HandleAsync_ManagerMentionsTheirRep_RepsCard()
    {
        var bed = await SeededAsync();

        await bed.TypeAsync(Manager, "pipeline review", ConversationScope.GroupChat, Rep);

        var card = bed.LastReply().Card!;
        Assert.Equal("Pipeline review: Alex Wilber", ((TextBlock)card.Body[0]).Text);
        Assert.Contains("- Stalled: no activity for 30 days", CardWalk.Texts(card));
        Assert.Equal([Rep], Assert.Single(bed.Source.DealQueries).Owners);
    }

    [Fact]
    public async Task HandleAsync_LeaderMentionsAManager_ThatManagersTeam()
    {
        var bed = await SeededAsync();

        await bed.TypeAsync(Leader, "pipeline review", ConversationScope.Team, OtherManager);

        Assert.Equal("Pipeline review: Nestor Wilke's team", ((TextBlock)bed.LastReply().Card!.Body[0]).Text);
    }

    [Fact]
    public async Task HandleAsync_LeaderMentionsARepTwoLevelsDown_RepsCard()
    {
        var bed = await SeededAsync();

        await bed.TypeAsync(Leader, "pipeline review", ConversationScope.Team, Peer);

        Assert.Equal("Pipeline review: Lee Gu", ((TextBlock)bed.LastReply().Card!.Body[0]).Text);
    }

    [Fact]
    public async Task HandleAsync_ManagerOfAnotherTeamMentionsAPeerManager_Refused()
    {
        var bed = await SeededAsync();

        await bed.TypeAsync(OtherManager, "pipeline review", ConversationScope.Team, Manager);

        Assert.Equal(ReviewAccess.NotAllowedForTeam("Megan Bowen"), bed.LastReply().Text);
    }

    [Fact]
    public async Task HandleAsync_NameTypedWithoutMention_AsksForAMention()
    {
        var bed = await SeededAsync();

        await bed.TypeAsync(Manager, "pipeline review Alex");

        Assert.StartsWith("Type **pipeline review** for your whole team", bed.LastReply().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TeamQuotaForThisQuarter_CoverageJudged()
    {
        var bed = await SeededAsync();
        await bed.Settings.SaveAsync(
            Tenant,
            Manager,
            new TeamSettings(PipelineThresholds.Default, new TeamQuota(new DateOnly(2026, 10, 1), 50_000m)),
            default);

        await bed.TypeAsync(Manager, "pipeline review");

        // Two 100K proposals count 200K / 3 = 66.7K against the 50K remaining: covered.
        Assert.Contains(
            CardWalk.Texts(bed.LastReply().Card!),
            t => t.StartsWith("**Coverage**: Pipeline 200K is 4x the remaining quota of 50K", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_RepQuotasForThisQuarter_CoverageJudgedAgainstTheirSumNotTheTeamQuota()
    {
        var bed = await SeededAsync();
        await bed.Settings.SaveAsync(
            Tenant,
            Manager,
            new TeamSettings(PipelineThresholds.Default, new TeamQuota(new DateOnly(2026, 10, 1), 900_000m)),
            default);
        await SetQuotaAsync(bed, Rep, 30_000m);
        await SetQuotaAsync(bed, Peer, 20_000m);
        await SetQuotaAsync(bed, OtherRep, 1_000_000m);

        await bed.TypeAsync(Manager, "pipeline review");

        Assert.Contains(
            CardWalk.Texts(bed.LastReply().Card!),
            t => t.StartsWith("**Coverage**: Pipeline 200K is 4x the remaining quota of 50K", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_OnlyOneRepHasAQuotaAndNoTeamQuota_CoverageCountsThatRepOnlyAndNamesTheOther()
    {
        var bed = await SeededAsync();
        await SetQuotaAsync(bed, Peer, 50_000m);

        await bed.TypeAsync(Manager, "pipeline review");

        var texts = CardWalk.Texts(bed.LastReply().Card!);
        var coverage = Assert.Single(texts, t => t.StartsWith("**Coverage**: ", StringComparison.Ordinal));
        Assert.StartsWith("**Coverage**: Pipeline 100K is 2x the remaining quota of 50K", coverage, StringComparison.Ordinal);
        Assert.EndsWith(
            "Counted for the reps with a quota only: Alex Wilber has no quota for this quarter.",
            coverage,
            StringComparison.Ordinal);
        Assert.Contains(texts, t => t.Contains("coverage 2x", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_OnlyTheTeamQuota_CoverageCountsEveryRepAndNamesNoOne()
    {
        var bed = await SeededAsync();
        await bed.Settings.SaveAsync(
            Tenant,
            Manager,
            new TeamSettings(PipelineThresholds.Default, new TeamQuota(new DateOnly(2026, 10, 1), 50_000m)),
            default);

        await bed.TypeAsync(Manager, "pipeline review");

        var coverage = Assert.Single(
            CardWalk.Texts(bed.LastReply().Card!),
            t => t.StartsWith("**Coverage**: ", StringComparison.Ordinal));
        Assert.StartsWith("**Coverage**: Pipeline 200K is 4x the remaining quota of 50K", coverage, StringComparison.Ordinal);
        Assert.DoesNotContain("no quota", coverage, StringComparison.Ordinal);
    }

    private static Task SetQuotaAsync(ReviewTestbed bed, string repId, decimal amount) =>
        bed.Quotas.SetQuotaAsync(Tenant, new RepQuota(repId, "FY2026-Q4", amount, Manager, Start), default);

    [Fact]
    public async Task HandleAsync_CustomThresholds_Applied()
    {
        var bed = await SeededAsync();
        var lenient = PipelineThresholds.Default with { StalledAfterDays = 40, AlertAfterDays = 35 };
        await bed.Settings.SaveAsync(Tenant, Manager, new TeamSettings(lenient, null), default);

        await bed.TypeAsync(Manager, "pipeline review", ConversationScope.Team, Rep);

        Assert.Contains("No flagged deals.", CardWalk.Texts(bed.LastReply().Card!));
    }

    [Fact]
    public async Task HandleAsync_StageMovedSinceLastReview_UsesTheSnapshotOfAWeekAgo()
    {
        var bed = await SeededAsync();
        bed.Source.Snapshots.Add(new PipelineSnapshot(
            TestDeals.Today.AddDays(-8),
            [TestDeals.Healthy("006B", Peer) with { NextStep = "Security review", NextStepDate = TestDeals.Today.AddDays(-2) }]));
        bed.Source.Deals[1] = bed.Source.Deals[1] with
        {
            NextStep = "Security review",
            LastActivityDate = TestDeals.Today.AddDays(-4),
        };

        await bed.TypeAsync(Manager, "pipeline review", ConversationScope.Team, Peer);

        Assert.Contains(
            CardWalk.Texts(bed.LastReply().Card!),
            t => t.Contains("\"Security review\", was due 1 Dec 2026 and was missed", StringComparison.Ordinal));
    }
}
