using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.Deals.Import;

namespace TeamsCadenceBot.Tests.Deals;

public sealed class DealImportRoundTripTests
{
    private const string ThisWeek =
        "Record ID,Deal Name,Deal Stage,Close Date,Deal Owner Email,Amount,Create Date,Forecast category\n"
        + "101,Northwind - expansion,qualifiedtobuy,2026-12-31,alex.wilber@contoso.com,\"48,500\",2026-10-02,Pipeline\n"
        + "102,Tailspin - renewal,contractsent,2027-01-20,alex.wilber@contoso.com,125000,2026-08-14,Commit\n"
        + "103,Contoso - pilot,appointmentscheduled,2027-02-01,alex.wilber@contoso.com,20000,2026-11-01,Pipeline\n"
        + "104,\"Fabrikam\n(two lines)\",presentationscheduled,2027-01-10,megan.bowen@contoso.com,80000,2026-09-09,Best case\n"
        + "105,Bad one,nonsense,2027-01-10,megan.bowen@contoso.com,1,2026-09-09,Pipeline\n";

    private const string NextWeek =
        "Record ID,Deal Name,Deal Stage,Close Date,Deal Owner Email,Amount,Create Date,Forecast category\n"
        + "101,Northwind - expansion,presentationscheduled,2026-12-31,alex.wilber@contoso.com,\"48,500\",2026-10-02,Best case\n"
        + "102,Tailspin - renewal,contractsent,2027-02-20,alex.wilber@contoso.com,125000,2026-08-14,Commit\n"
        + "103,Contoso - pilot,closedlost,2027-02-01,alex.wilber@contoso.com,20000,2026-11-01,Omitted\n"
        + "104,\"Fabrikam\n(two lines)\",presentationscheduled,2027-01-10,megan.bowen@contoso.com,95000,2026-09-09,Best case\n"
        + "106,Litware - new logo,appointmentscheduled,2027-03-01,alex.wilber@contoso.com,30000,2026-12-08,Pipeline\n";

    private readonly FakeTimeProvider _clock = new(TestImporter.Now);
    private readonly WriteCounter _counter;
    private readonly TableDealStore _store;
    private readonly DealImporter _sut;

    public DealImportRoundTripTests()
    {
        (var tables, _counter) = WriteCounter.Tables();
        _store = new TableDealStore(tables);
        _sut = TestImporter.Create(_store, time: _clock);
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_SecondChangesNothingAndWritesNothing()
    {
        var first = await ImportAsync(ThisWeek);
        _counter.Reset();
        _clock.Advance(TimeSpan.FromHours(30));

        var second = await ImportAsync(ThisWeek);

        Assert.Equal((4, 0, 1, 4), (first.Created, first.Unchanged, first.Rejected, first.SnapshotsWritten));
        Assert.Equal((0, 0, 4, 1, 0), (second.Created, second.Updated, second.Unchanged, second.Rejected, second.SnapshotsWritten));
        Assert.Equal(0, _counter.Writes);
    }

    [Fact]
    public async Task ImportAsync_RealShapedSalesforceFileTwice_SecondWritesNothing()
    {
        var rows = string.Concat(Enumerable.Range(1, 250).Select(i =>
            $"\"Alex Wilber\",\"alex.wilber@contoso.com\",\"Opp {i}, Inc\",\"Qualification\",\"$1,{i:D3}.00\",\"12/{1 + i % 28}/2026\","
            + $"\"2026-{1 + i % 11:D2}-01\",\"Commit\",\"006{i:D12}\",\"Yes\"\r\n"));
        var csv = "\"Opportunity Owner\",\"Owner Email\",\"Opportunity Name\",\"Stage\",\"Amount\",\"Close Date\",\"Created Date\","
            + "\"Forecast Category\",\"Opportunity ID\",\"Budget Confirmed\"\r\n" + rows;
        await ImportAsync(csv, byteOrderMark: true);
        _counter.Reset();

        var second = await ImportAsync(csv, byteOrderMark: true);

        Assert.Equal((0, 250, 0), (second.Imported, second.Unchanged, _counter.Writes));
    }

    [Fact]
    public async Task ImportAsync_NextWeeksExport_KeepsBothWeeksAndShowsTheChanges()
    {
        await ImportAsync(ThisWeek);
        _clock.Advance(TimeSpan.FromDays(7));

        var report = await ImportAsync(NextWeek);

        Assert.Equal((1, 4, 0), (report.Created, report.Updated, report.Rejected));
        var week49 = IsoWeek.Of(new DateOnly(2026, 12, 3));
        var week50 = IsoWeek.Of(new DateOnly(2026, 12, 10));
        var before = await _store.ListSnapshotsAsync(TestPeople.Tenant, week49, default);
        Assert.Equal(["101", "102", "103", "104"], before.Select(s => s.CrmId));
        Assert.Equal(DealStage.Qualification, before[0].Stage);
        var changes = (await _store.GetChangesAsync(TestPeople.Tenant, TestPeople.AlexId, week49, week50, default))
            .ToDictionary(c => c.CrmId, c => c.Kinds);
        Assert.Equal(DealChangeKinds.Advanced | DealChangeKinds.CategoryChanged, changes["101"]);
        Assert.Equal(DealChangeKinds.Slipped, changes["102"]);
        Assert.Equal(DealChangeKinds.Lost | DealChangeKinds.CategoryChanged, changes["103"]);
        Assert.Equal(DealChangeKinds.New, changes["106"]);
        var megans = await _store.GetChangesAsync(TestPeople.Tenant, TestPeople.MeganId, week49, week50, default);
        Assert.Equal(DealChangeKinds.AmountChanged, Assert.Single(megans).Kinds);
    }

    [Fact]
    public async Task ImportAsync_ExportWithoutPushCountOrStageDates_DerivesThemFromEarlierImports()
    {
        await ImportAsync(ThisWeek);
        _clock.Advance(TimeSpan.FromDays(7));

        await ImportAsync(NextWeek);

        var advanced = await _store.GetAsync(TestPeople.Tenant, "101", default);
        var slipped = await _store.GetAsync(TestPeople.Tenant, "102", default);
        Assert.Equal((new DateOnly(2026, 12, 10), 0), (advanced!.StageEnteredDate!.Value, advanced.CloseDatePushCount));
        Assert.Equal((new DateOnly(2026, 12, 3), 1), (slipped!.StageEnteredDate!.Value, slipped.CloseDatePushCount));
    }

    private async Task<DealImportReport> ImportAsync(string csv, bool byteOrderMark = false)
    {
        await using var stream = CsvFile.Utf8(csv, byteOrderMark);
        return await _sut.ImportAsync(TestPeople.Tenant, stream, default);
    }
}
