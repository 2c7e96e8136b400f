using TeamsCadenceBot.Deals;
using static TeamsCadenceBot.Tests.OneOnOnes.OneOnOneTestbed;

namespace TeamsCadenceBot.Tests.OneOnOnes;

// The brief's pipeline sections over real imports: the deals and their weekly snapshots in the deal store on Azurite.
// Alice's weekly 1:1 with Bob on Monday 7 December 2026 at 09:00 New York; no earlier 1:1, so the brief of that
// morning looks back to Monday 30 November.
[Collection(OneOnOneFlows.Name)]
public sealed class BriefPipelineStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BriefAt = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly LastWeek = new(2026, 11, 26);
    private static readonly DateOnly ThisWeek = new(2026, 12, 3);

    private static Deal Promised(string nextStep, DateOnly lastActivity) => new()
    {
        TenantId = Tenant,
        CrmId = "006A",
        Name = "Contoso renewal",
        OwnerId = Rep.AadObjectId,
        Stage = DealStage.Proposal,
        CrmStage = "Proposal",
        Amount = 120_000m,
        CloseDate = new DateOnly(2026, 12, 28),
        LastActivityDate = lastActivity,
        NextStep = nextStep,
        NextStepDate = new DateOnly(2026, 11, 30),
        DecisionMaker = "Pat Lee, CFO",
        CreatedDate = new DateOnly(2026, 10, 1),
        StageEnteredDate = new DateOnly(2026, 11, 20),
        EngagedContacts = 3,
        Scorecard = new QualificationScorecard(true, true, true, true, true),
    };

    private static async Task<string> BriefAfterImportsAsync(Deal lastWeek, Deal thisWeek)
    {
        var bed = new OneOnOneTestbed(Now);
        await using var _ = bed;
        await bed.SeedPairAsync();
        await bed.ScheduleAsync(DayOfWeek.Monday, "09:00", "America/New_York");
        var store = bed.Get<IDealStore>();
        await store.UpsertAsync(Tenant, [lastWeek], LastWeek, default);
        await store.UpsertAsync(Tenant, [thisWeek], ThisWeek, default);

        await bed.SweepAtAsync(BriefAt);

        return Text(bed.CardsSentTo(Manager).Single(c => Heading(c) == "Prep brief: your 1:1 with Bob Chen"));
    }

    [Fact]
    public async Task Brief_StepDueAfterTheFirstImportNeitherDoneNorActedOnOnlyPushed_FlagsItMissed()
    {
        var deal = Promised("Security review with IT", new DateOnly(2026, 11, 25));

        var brief = await BriefAfterImportsAsync(deal, deal with { NextStepDate = new DateOnly(2026, 12, 10) });

        Assert.Contains("Hygiene flags (1 deal)", brief, StringComparison.Ordinal);
        Assert.Contains("Security review with IT", brief, StringComparison.Ordinal);
        Assert.Contains("was due 30 Nov 2026 and was missed", brief, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_StepReplacedSince_NoFlag()
    {
        var before = Promised("Security review with IT", new DateOnly(2026, 11, 25));

        var brief = await BriefAfterImportsAsync(before, before with { NextStep = "Pricing call" });

        Assert.DoesNotContain("was missed", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("Hygiene flags", brief, StringComparison.Ordinal);
    }
}
