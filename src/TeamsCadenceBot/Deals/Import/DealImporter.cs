using Microsoft.Extensions.Options;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Deals.Import;

/// <summary>
/// Imports a CRM export into the deal store: streams the file, rejects bad rows (with their line and reason)
/// and a repeated CRM id after its first row, and upserts the rest as of today, so a bad row is never written
/// and importing the same file twice changes nothing.
/// </summary>
internal sealed partial class DealImporter(
    IDealStore store,
    IPeopleStore people,
    IOptions<DealImportOptions> options,
    TimeProvider timeProvider,
    ILogger<DealImporter> logger)
{
    public async Task<DealImportReport> ImportAsync(string tenantId, Stream csv, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var settings = options.Value;
        var owners = await OwnerDirectory.LoadAsync(people, tenantId, cancellationToken);
        DealCsvReader reader;
        try
        {
            reader = await DealCsvReader.OpenAsync(csv, tenantId, settings.Stages, owners, cancellationToken);
        }
        catch (DealFileException e)
        {
            LogUnreadable(logger, tenantId, e.Message);
            return DealImportReport.Unreadable(tenantId, e.Message);
        }

        await using (reader)
        {
            var errors = new RowErrors(settings.MaxListedErrors);
            var rowsRead = 0;
            var firstLines = new Dictionary<string, long>(StringComparer.Ordinal);

            async IAsyncEnumerable<IncomingDeal> GoodRowsAsync()
            {
                await foreach (var row in reader.ReadAsync(cancellationToken))
                {
                    rowsRead++;
                    if (row.Deal is not { } incoming)
                    {
                        errors.Add(new DealRowError(row.Line, row.CrmId, row.Error ?? "rejected"));
                    }
                    else if (!firstLines.TryAdd(incoming.Deal.CrmId, row.Line))
                    {
                        var first = firstLines[incoming.Deal.CrmId];
                        errors.Add(new DealRowError(row.Line, row.CrmId, $"duplicate id: already on line {first}"));
                    }
                    else
                    {
                        yield return incoming;
                    }
                }
            }

            // Gaps: the import date is today in UTC, not in the team's time zone, so an import late on a Sunday
            // evening in the Americas counts for the next ISO week.
            var asOf = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
            var result = await store.UpsertAsync(tenantId, GoodRowsAsync(), asOf, cancellationToken);
            var report = new DealImportReport(
                tenantId,
                reader.Layout,
                rowsRead,
                result.Created,
                result.Updated,
                result.Unchanged,
                errors.Count,
                result.SnapshotsWritten,
                errors.Listed(),
                reader.StoppedBecause);
            if (report.FileError is not null)
            {
                LogStopped(logger, tenantId, report.RowsRead);
            }

            LogImported(logger, tenantId, report.Layout, report.Created, report.Updated, report.Unchanged, report.Rejected);
            return report;
        }
    }

    [LoggerMessage(EventId = 2000, EventName = "DealsImported", Level = LogLevel.Information,
        Message = "Imported a {Layout} deal file for tenant {TenantId}: {Created} created, {Updated} updated, "
            + "{Unchanged} unchanged, {Rejected} rejected")]
    private static partial void LogImported(
        ILogger logger,
        string tenantId,
        CrmLayout? layout,
        int created,
        int updated,
        int unchanged,
        int rejected);

    [LoggerMessage(EventId = 2001, EventName = "DealFileUnreadable", Level = LogLevel.Warning,
        Message = "Refused a deal file for tenant {TenantId}: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string tenantId, string reason);

    [LoggerMessage(EventId = 2002, EventName = "DealFileCutShort", Level = LogLevel.Warning,
        Message = "Stopped reading a deal file for tenant {TenantId} after {RowsRead} rows; the rest was not imported")]
    private static partial void LogStopped(ILogger logger, string tenantId, int rowsRead);

    /// <summary>Counts every rejected row and keeps the first ones by line.</summary>
    private sealed class RowErrors(int maxListed)
    {
        // Rows with malformed quoting are reported when CsvHelper scans them, a little ahead of the rows around
        // them, so the list is kept sorted and trimmed rather than cut at the first arrivals.
        private readonly List<DealRowError> _listed = [];

        public int Count { get; private set; }

        public void Add(DealRowError error)
        {
            Count++;
            var at = _listed.FindLastIndex(e => e.Line <= error.Line) + 1;
            if (at < maxListed)
            {
                _listed.Insert(at, error);
                if (_listed.Count > maxListed)
                {
                    _listed.RemoveAt(_listed.Count - 1);
                }
            }
        }

        public IReadOnlyList<DealRowError> Listed() => [.. _listed];
    }
}
