using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Tests.Deals;

internal static class TestImporter
{
    public static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    public static DealImporter Create(
        IDealStore store,
        DealImportOptions? options = null,
        TimeProvider? time = null,
        IPeopleStore? people = null) =>
        new(
            store,
            people ?? TestPeople.Store(),
            Options.Create(options ?? new DealImportOptions()),
            time ?? new FakeTimeProvider(Now),
            NullLogger<DealImporter>.Instance);

    public static async Task<(DealImportReport Report, RecordingDealStore Store)> ImportAsync(
        string csv,
        bool byteOrderMark = false,
        DealImportOptions? options = null)
    {
        var store = new RecordingDealStore();
        await using var stream = CsvFile.Utf8(csv, byteOrderMark);
        var report = await Create(store, options).ImportAsync(TestPeople.Tenant, stream, CancellationToken.None);
        return (report, store);
    }
}
