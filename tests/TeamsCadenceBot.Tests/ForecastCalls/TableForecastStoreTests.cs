using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.ForecastCalls;

public sealed class TableForecastStoreTests
{
    private const string Tenant = "tenant-forecasts";
    private const string Manager = "mgr-1";
    private static readonly DateTimeOffset At = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly string Period = ForecastDeals.Period.Key;

    private readonly TableForecastStore _sut = new(TestTables.Create());

    private static RepSubmission Submission(DateTimeOffset at, decimal commit) => new(
        "rep-1",
        Period,
        "call-1",
        at,
        new CallFigures(commit, commit + 10m, commit + 20m),
        [new CommitEvidence("006A", SignedPaper: true, BudgetApproved: false, new DateOnly(2026, 12, 10))]);

    private static ForecastCallRecord Call(string id, DateTimeOffset at) =>
        new(id, Manager, Period, "19:channel@thread.tacv2", Manager, at, null);

    [Fact]
    public async Task GetPeriodAsync_NothingKept_IsEmpty()
    {
        var records = await _sut.GetPeriodAsync(Tenant, Manager, Period, default);

        Assert.Empty(records.Calls);
        Assert.Empty(records.Submissions);
        Assert.Empty(await _sut.ListResultsAsync(Tenant, Manager, default));
    }

    [Fact]
    public async Task AddSubmissionAsync_TwoWeeks_KeepsBothWithTheirTimes()
    {
        await _sut.AddSubmissionAsync(Tenant, Manager, Submission(At.AddDays(7), 120m), default);
        await _sut.AddSubmissionAsync(Tenant, Manager, Submission(At, 100m), default);

        var records = await _sut.GetPeriodAsync(Tenant, Manager, Period, default);

        Assert.Equal([100m, 120m], records.Submissions.Select(s => s.Figures.Commit));
        Assert.Equal(At, records.Submissions[0].At);
        Assert.Equal(Submission(At, 100m).Evidence, records.Submissions[0].Evidence);
    }

    [Fact]
    public async Task SetManagerCallAsync_OlderAfterNewer_KeepsTheNewer()
    {
        var newer = new ManagerCall("rep-1", 90m, Manager, At.AddHours(1));
        await _sut.SetManagerCallAsync(Tenant, Manager, Period, newer, default);

        await _sut.SetManagerCallAsync(Tenant, Manager, Period, new ManagerCall("rep-1", 50m, Manager, At), default);
        await _sut.SetManagerCallAsync(Tenant, Manager, Period, new ManagerCall("rep-2", 70m, Manager, At), default);

        var records = await _sut.GetPeriodAsync(Tenant, Manager, Period, default);
        Assert.Equal(90m, records.ManagerCalls["rep-1"].Amount);
        Assert.Equal(70m, records.ManagerCalls["rep-2"].Amount);
    }

    [Fact]
    public async Task AddCallAsync_ThenActivityId_ListsCallsInLaunchOrder()
    {
        await _sut.AddCallAsync(Tenant, Call("b", At.AddDays(7)), default);
        await _sut.AddCallAsync(Tenant, Call("a", At), default);

        await _sut.SetActivityIdAsync(Tenant, Call("b", At.AddDays(7)), "1764770000001", default);

        var records = await _sut.GetPeriodAsync(Tenant, Manager, Period, default);
        Assert.Equal(["a", "b"], records.Calls.Select(c => c.CallId));
        Assert.Equal("1764770000001", records.LatestCall!.ActivityId);
        Assert.Equal(records.LatestCall, await _sut.GetCallAsync(Tenant, Manager, Period, "b", default));
    }

    [Fact]
    public async Task UpdateSnapshotAsync_Twice_SeesTheStoredOne()
    {
        var snapshot = new CallSnapshot("a", "rep-1", At, 300m, 50m, new CallFigures(100m, 120m, 150m), null, null);
        await _sut.UpdateSnapshotAsync(Tenant, Manager, Period, "a", "rep-1", _ => snapshot, default);

        await _sut.UpdateSnapshotAsync(
            Tenant,
            Manager,
            Period,
            "a",
            "rep-1",
            stored => stored! with { ManagerCall = 95m },
            default);

        var records = await _sut.GetPeriodAsync(Tenant, Manager, Period, default);
        Assert.Equal(snapshot with { ManagerCall = 95m }, Assert.Single(records.Snapshots));
    }

    [Fact]
    public async Task AddResultAsync_Twice_KeepsTheFirst()
    {
        var first = new PeriodResult(Period, At, [new RepOutcome("rep-1", 90m, 100m, 0.9m, 1)], 0.9m, 1);

        var added = await _sut.AddResultAsync(Tenant, Manager, first, default);
        var again = await _sut.AddResultAsync(Tenant, Manager, first with { TeamAccuracy = 0.1m }, default);

        var results = await _sut.ListResultsAsync(Tenant, Manager, default);
        Assert.True(added);
        Assert.False(again);
        var kept = Assert.Single(results);
        Assert.Equal(0.9m, kept.TeamAccuracy);
        Assert.Equal(first.Reps, kept.Reps);
    }

    [Fact]
    public async Task ListResultsAsync_SeveralPeriods_NewestFirst()
    {
        foreach (var key in new[] { "FY2026-Q2", "FY2027-Q1", "FY2026-Q4" })
        {
            await _sut.AddResultAsync(Tenant, "mgr-results", new PeriodResult(key, At, [], null, 0), default);
        }

        var results = await _sut.ListResultsAsync(Tenant, "mgr-results", default);

        Assert.Equal(["FY2027-Q1", "FY2026-Q4", "FY2026-Q2"], results.Select(r => r.PeriodKey));
    }

    [Fact]
    public async Task GetThresholdsAsync_NoneSaved_DefaultsThenSaved()
    {
        var before = await _sut.GetThresholdsAsync(Tenant, "mgr-new", default);
        var wider = ForecastThresholds.Default with { ConcentrationShare = 0.2m };
        await _sut.SaveThresholdsAsync(Tenant, "mgr-new", wider, default);

        var after = await _sut.GetThresholdsAsync(Tenant, "mgr-new", default);

        Assert.Equal(ForecastThresholds.Default, before);
        Assert.Equal(0.2m, after.ConcentrationShare);
    }

    [Fact]
    public async Task GetPeriodAsync_OtherTenantOrManager_SeesNothing()
    {
        await _sut.AddSubmissionAsync(Tenant, Manager, Submission(At, 100m), default);

        var otherTenant = await _sut.GetPeriodAsync("tenant-other", Manager, Period, default);
        var otherManager = await _sut.GetPeriodAsync(Tenant, "mgr-2", Period, default);

        Assert.Empty(otherTenant.Submissions);
        Assert.Empty(otherManager.Submissions);
    }
}
