using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.ForecastCalls.Quotas;
using TeamsCadenceBot.ForecastCalls.Quotas.Import;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Tests.Deals;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.ForecastCalls.Quotas;

/// <summary>
/// The quota importer on Azurite (quotas and team settings) with the test tenant's people: Megan and Diego report
/// to Alex, whose team's fiscal year starts in October.
/// </summary>
internal sealed class QuotaImportBed
{
    public static readonly DateTimeOffset Now = TestImporter.Now;

    public static readonly Person[] People =
    [
        TestPeople.All[0],
        TestPeople.All[1] with { ManagerId = TestPeople.AlexId },
        TestPeople.All[2] with { ManagerId = TestPeople.AlexId },
    ];

    public QuotaImportBed(DealImportOptions? options = null)
    {
        var tables = TestTables.Create();
        Store = new TableQuotaStore(tables);
        Teams = new TeamSettingsStore(tables);
        Clock = new FakeTimeProvider(Now);
        Sut = new QuotaImporter(
            Store,
            TestPeople.Store(People),
            Teams,
            Options.Create(options ?? new DealImportOptions()),
            Clock,
            NullLogger<QuotaImporter>.Instance);
    }

    public TableQuotaStore Store { get; }

    public TeamSettingsStore Teams { get; }

    public FakeTimeProvider Clock { get; }

    public QuotaImporter Sut { get; }

    /// <summary>Quarters of Alex's team: the fiscal year starts in October, so FY2027-Q1 is Oct to Dec 2026.</summary>
    public static ForecastPeriod Period(int quarter, int fiscalYear = 2027) =>
        ForecastPeriod.Of(fiscalYear, quarter, 10);

    public async Task<QuotaImportBed> WithOctoberFiscalYearAsync()
    {
        var thresholds = PipelineThresholds.Default with { FiscalYearStartMonth = 10 };
        await Teams.SaveAsync(TestPeople.Tenant, TestPeople.AlexId, new TeamSettings(thresholds, null), default);
        return this;
    }

    public async Task<QuotaImportReport> ImportAsync(string csv, bool byteOrderMark = false)
    {
        await using var stream = CsvFile.Utf8(csv, byteOrderMark);
        return await Sut.ImportAsync(TestPeople.Tenant, stream, "q1.csv", default);
    }

    public async Task<IReadOnlyDictionary<string, RepQuota>> QuotasAsync(ForecastPeriod period) =>
        await Store.GetQuotasAsync(TestPeople.Tenant, period, [.. People.Select(p => p.Id)], default);
}
