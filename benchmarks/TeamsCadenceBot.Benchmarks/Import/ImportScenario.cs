using System.Diagnostics;
using System.Globalization;
using TeamsCadenceBot.Benchmarks.Infrastructure;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Benchmarks.Import;

/// <summary>
/// Issue 5's import figure: a generated Salesforce export of 100,000 rows through the service's own
/// <see cref="DealImporter"/> (its host in this process, on Azurite), read from a file as the command-line verb
/// reads it: rows per second and the process's peak working set and managed heap. The same file is then imported
/// again, which must change nothing.
/// </summary>
internal sealed class ImportScenario(BenchOptions options)
{
    private const string TenantId = "3e5a7c9b-1d2f-4a6b-8c0d-2e4f6a8b0c05";
    private const int Owners = 50;

    private readonly int _rows = options.Number("rows", 100_000);

    public async Task RunAsync(Report report, CancellationToken cancellationToken)
    {
        var prefix = TablePrefixes.New("im");
        await using var service = new InProcessService(new InProcessServiceSettings(options.Storage, prefix));
        var services = service.Services;
        var owners = await SeedOwnersAsync(services.GetRequiredService<IPeopleStore>(), cancellationToken);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-salesforce.csv");
        try
        {
            await SalesforceExport.WriteAsync(path, _rows, [.. owners.Select(Email)], today, cancellationToken);
            var bytes = new FileInfo(path).Length;
            Progress.Say($"wrote {Format.Count(_rows)} rows ({Format.Mb(bytes)} MB) to {path}");

            var importer = services.GetRequiredService<DealImporter>();
            var baseline = MemoryPeak.ResidentNow();
            var first = await ImportAsync(importer, path, cancellationToken);
            Progress.Say($"first import: {first.Report.Created} created in {first.Elapsed.TotalSeconds:F1} s");
            var second = await ImportAsync(importer, path, cancellationToken);
            Progress.Say($"second import: {second.Report.Unchanged} unchanged in {second.Elapsed.TotalSeconds:F1} s");

            var stored = (await services.GetRequiredService<IDealStore>()
                .ListTeamDealsAsync(TenantId, owners, openOnly: false, cancellationToken)).Count;
            Write(report, bytes, baseline, first, second, stored);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Owner ids are their emails' local parts in a GUID's shape, so that the file can name them by email.
    private static async Task<IReadOnlyList<string>> SeedOwnersAsync(
        IPeopleStore people,
        CancellationToken cancellationToken)
    {
        var ids = Enumerable.Range(0, Owners)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"00000000-0000-0000-0000-{i:D12}"))
            .ToList();
        foreach (var id in ids)
        {
            var sighting = new PersonSighting(id, "Rep " + id[^2..], Email: Email(id));
            await people.UpsertAsync(TenantId, sighting, cancellationToken);
        }

        return ids;
    }

    private static string Email(string ownerId) => $"rep{ownerId[^2..]}@contoso.example";

    private static async Task<ImportRun> ImportAsync(
        DealImporter importer,
        string path,
        CancellationToken cancellationToken)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GC.CollectionCount(0);
        var peak = MemoryPeak.Start();
        DealImportReport imported;
        TimeSpan elapsed;
        try
        {
            var started = Stopwatch.GetTimestamp();
            await using var file = new FileStream(
                path,
                FileMode.Open,
                FileAccess.Read,
                FileShare.Read,
                bufferSize: 64 * 1024,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            imported = await importer.ImportAsync(TenantId, file, cancellationToken);
            elapsed = Stopwatch.GetElapsedTime(started);
        }
        finally
        {
            await peak.DisposeAsync();
        }

        return new ImportRun(
            imported,
            elapsed,
            peak.PeakResidentBytes,
            peak.PeakManagedBytes,
            GC.GetTotalAllocatedBytes(precise: true) - allocated,
            GC.CollectionCount(0) - collections);
    }

    private void Write(Report report, long bytes, long baseline, ImportRun first, ImportRun second, int stored)
    {
        report.Paragraph(
            $"A generated Salesforce Opportunity report export of {Format.Count(_rows)} rows "
            + $"({Format.Mb(bytes)} MB, 20 columns with the scorecard, {Owners} owners known by email) imported "
            + "from a file through the service's `DealImporter` and `TableDealStore` (its host in this process, "
            + "its own composition root) into Azurite, then the same file again. Memory is this process's: the "
            + "service host, the importer and the sampler.");
        var table = new MarkdownTable(
            "Import", "Rows read", "Created", "Updated", "Unchanged", "Rejected", "Snapshots written", "Seconds",
            "Rows/s", "Peak working set (MB)", "Peak managed heap (MB)", "Allocated (MB)", "Gen 0 GCs");
        foreach (var (name, run) in new[] { ("first", first), ("same file again", second) })
        {
            var r = run.Report;
            table.Row(
                name,
                Format.Count(r.RowsRead),
                Format.Count(r.Created),
                Format.Count(r.Updated),
                Format.Count(r.Unchanged),
                Format.Count(r.Rejected),
                Format.Count(r.SnapshotsWritten),
                Format.Seconds(run.Elapsed),
                Format.Rate(r.RowsRead / run.Elapsed.TotalSeconds),
                Format.Mb(run.PeakResidentBytes),
                Format.Mb(run.PeakManagedBytes),
                Format.Mb(run.AllocatedBytes),
                Format.Count(run.Gen0Collections));
        }

        report.Table(table);
        report.Bullets(
        [
            $"Working set before the first import (after start-up and seeding): {Format.Mb(baseline)} MB; the file is "
                + $"{Format.Mb(bytes)} MB.",
            $"Deals stored afterwards (every owner's, read back through the store): {Format.Count(stored)}.",
            $"Rejected rows listed in the first report: {first.Report.Errors.Count}{FirstError(first.Report)}.",
        ]);
    }

    private static string FirstError(DealImportReport report) =>
        report.Errors is [var error, ..] ? $" (first: line {error.Line}, {error.Reason})" : "";

    private sealed record ImportRun(
        DealImportReport Report,
        TimeSpan Elapsed,
        long PeakResidentBytes,
        long PeakManagedBytes,
        long AllocatedBytes,
        int Gen0Collections);
}
