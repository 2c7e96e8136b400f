using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.Deals.Demo;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Deals;

public sealed class DemoDealsTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);
    private static readonly DemoTeam Team = DemoTeam.Sample(TestPeople.Tenant);

    [Fact]
    public void Generate_SameSeed_SameHistory()
    {
        var first = DemoDeals.Generate(7, Team, Today);
        var second = DemoDeals.Generate(7, Team, Today);

        Assert.Equal(first.Weeks.Select(w => w.AsOf), second.Weeks.Select(w => w.AsOf));
        Assert.All(first.Weeks.Zip(second.Weeks), pair => Assert.Equal(pair.First.Deals, pair.Second.Deals));
    }

    [Fact]
    public void Generate_AnotherSeed_OtherDeals()
    {
        var first = DemoDeals.Generate(7, Team, Today).Current;
        var other = DemoDeals.Generate(8, Team, Today).Current;

        Assert.NotEqual(first.Take(50), other.Take(50));
    }

    [Fact]
    public void Generate_AnySeed_AFewHundredDealsOverThirteenWeeksForEveryRep()
    {
        var history = DemoDeals.Generate(1, Team, Today);

        Assert.Equal(DemoDeals.WeeksOfHistory, history.Weeks.Count);
        Assert.Equal(Today, history.Today);
        Assert.Equal(Today.AddDays(-84), history.Weeks[0].AsOf);
        Assert.InRange(history.Current.Count, 250, 400);
        Assert.Equal(Team.Reps.Select(r => r.Id).Order(), history.Current.Select(d => d.OwnerId).Distinct().Order());
        Assert.Equal(history.Current.Count, history.Current.Select(d => d.CrmId).Distinct().Count());
        Assert.True(history.Weeks[0].Deals.Count < history.Current.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(42)]
    public void Generate_AnySeed_EveryDealFlagAppearsAtLeastOnce(int seed)
    {
        var open = DemoDeals.Generate(seed, Team, Today).Current.Where(d => d.IsOpen).ToArray();

        int DaysSince(DateOnly? day) => day is { } d ? Today.DayNumber - d.DayNumber : int.MaxValue;
        Assert.Contains(open, d => DaysSince(d.LastActivityDate) >= 21);
        Assert.Contains(open, d => d.NextStepDate < Today);
        Assert.Contains(open, d => DaysSince(d.LastActivityDate) is >= 14 and < 21);
        Assert.Contains(open, d => DaysSince(d.StageEnteredDate) >= 30 && DaysSince(d.LastActivityDate) < 14);
        Assert.Contains(open, d => d.Stage > DealStage.Discovery && d.Amount is null);
        Assert.Contains(open, d => d.Stage > DealStage.Discovery && d.CloseDate is null);
        Assert.Contains(open, d => d.Stage > DealStage.Discovery && d.NextStep is null);
        Assert.Contains(open, d => d.Stage > DealStage.Discovery && d.DecisionMaker is null);
        Assert.Contains(open, d => d.CloseDate < Today);
        Assert.Contains(open, d => d.CloseDatePushCount >= 3);
        Assert.Contains(open, d => Missing(d.Scorecard) >= 2);
        Assert.Contains(open, d => d.EngagedContacts == 1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(42)]
    public void Generate_AnySeed_TeamPipelineIsEarlyStageHeavyAndPartlyOld(int seed)
    {
        var open = DemoDeals.Generate(seed, Team, Today).Current.Where(d => d.IsOpen).ToArray();
        var value = open.Sum(d => d.Amount ?? 0);

        var early = open.Where(d => d.Stage <= DealStage.Qualification).Sum(d => d.Amount ?? 0);
        var old = open.Where(d => d.CreatedDate < Today.AddDays(-90)).Sum(d => d.Amount ?? 0);

        Assert.InRange(early / value, 0.70m, 0.95m);
        Assert.InRange(old / value, 0.10m, 0.90m);
    }

    [Fact]
    public void Generate_PushedDeal_WeeklyHistoryShowsEachPush()
    {
        var history = DemoDeals.Generate(1, Team, Today);
        var pushed = history.Current.Where(d => d.CloseDatePushCount >= 3).Select(d => d.CrmId).ToHashSet();

        var weeklySlips = pushed.ToDictionary(
            id => id,
            id => history.Weeks
                .Select(w => w.Deals.SingleOrDefault(d => d.CrmId == id)?.CloseDate)
                .OfType<DateOnly>()
                .Zip(history.Weeks.Select(w => w.Deals.SingleOrDefault(d => d.CrmId == id)?.CloseDate).OfType<DateOnly>().Skip(1))
                .Count(p => p.Second > p.First));

        Assert.Contains(weeklySlips.Values, slips => slips >= 3);
    }

    [Fact]
    public void Generate_History_StageEnteredAndPushCountsAgreeWithTheWeeks()
    {
        var history = DemoDeals.Generate(3, Team, Today);

        foreach (var (earlier, later) in history.Weeks.Zip(history.Weeks.Skip(1)))
        {
            var before = earlier.Deals.ToDictionary(d => d.CrmId);
            foreach (var deal in later.Deals.Where(d => before.ContainsKey(d.CrmId)))
            {
                var was = before[deal.CrmId];
                Assert.True(deal.CloseDatePushCount >= was.CloseDatePushCount, deal.CrmId);
                var stageDateAgrees = deal.Stage == was.Stage
                    ? deal.StageEnteredDate == was.StageEnteredDate
                    : deal.StageEnteredDate > earlier.AsOf;
                Assert.True(stageDateAgrees, deal.CrmId);
            }
        }
    }

    [Fact]
    public async Task SeedAsync_OnAzurite_LastWeeksChangesShowEveryKindAndASecondRunChangesNothing()
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
        var history = DemoDeals.Generate(1, Team, Today);

        await DemoDealSeeder.SeedAsync(deals, people, history, default);
        var again = await DemoDealSeeder.SeedAsync(deals, people, history, default);

        Assert.Equal((0, 0, 0), (again.Created, again.Updated, again.SnapshotsWritten));
        var reports = await people.ListReportsAsync(TestPeople.Tenant, Team.Manager.Id, default);
        Assert.Equal(Team.Reps.Select(r => r.Id).Order(), reports.Select(r => r.Id).Order());
        var thisWeek = IsoWeek.Of(Today);
        var kinds = DealChangeKinds.None;
        foreach (var rep in Team.Reps)
        {
            var changes = await deals.GetChangesAsync(TestPeople.Tenant, rep.Id, thisWeek.Previous, thisWeek, default);
            kinds = changes.Aggregate(kinds, (all, change) => all | change.Kinds);
        }

        var expected = DealChangeKinds.New | DealChangeKinds.Advanced | DealChangeKinds.Won | DealChangeKinds.Lost
            | DealChangeKinds.Slipped | DealChangeKinds.CategoryChanged | DealChangeKinds.AmountChanged;
        Assert.Equal(expected, kinds & expected);
        var open = await deals.ListTeamDealsAsync(TestPeople.Tenant, [.. Team.Reps.Select(r => r.Id)], openOnly: true, default);
        Assert.Equal(history.Current.Count(d => d.IsOpen), open.Count);
    }

    private static int Missing(QualificationScorecard scorecard) =>
        new[]
        {
            scorecard.EconomicBuyerEngaged, scorecard.BudgetConfirmed, scorecard.DecisionProcessMapped,
            scorecard.PainQuantified, scorecard.ChampionIdentified,
        }.Count(check => check == false);
}
