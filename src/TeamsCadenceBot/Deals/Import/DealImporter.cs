using Microsoft.Extensions.Options;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Deals.Import;

/// <summary>
/// Imports a CRM export into the deal store: streams the file, rejects bad rows (with their line and reason)
/// and any later row with the CRM id of an earlier one (whether that one was imported or rejected), and upserts
/// the rest as of today, so a bad row is never written and importing the same file twice changes nothing.
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

                    // Every row with an id claims it, rejected or not: a later row with the same id is a duplicate.
                    var crmId = row.Deal?.Deal.CrmId ?? row.CrmId;
                    var first = crmId is null || firstLines.TryAdd(crmId, row.Line) ? (long?)null : firstLines[crmId];
                    var duplicate = first is { } line ? $"duplicate id: already on line {line}" : null;
                    if (row.Deal is not { } incoming)
                    {
                        var reason = row.Error ?? "rejected";
                        errors.Add(
                            new DealRowError(
                                row.Line,
                                row.CrmId,
                                duplicate is null ? reason : reason + "; " + duplicate),
                            row.Rejections | (duplicate is null ? DealRejections.None : DealRejections.DuplicateId));
                    }
                    else if (duplicate is not null)
                    {
                        errors.Add(new DealRowError(row.Line, row.CrmId, duplicate), DealRejections.DuplicateId);
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
                reader.StoppedBecause)
            {
                RejectedByReason = errors.ByReason(),
                Footer = reader.Footer,
                ReadAsWindows1252 = reader.ReadAsWindows1252,
            };
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

    /// <summary>Counts every rejected row, and the rows of each reason, and keeps the first ones by line.</summary>
    private sealed class RowErrors(int maxListed)
    {
        // Rows with malformed quoting are reported when CsvHelper scans them, a little ahead of the rows around
        // them, so the list is kept sorted and trimmed rather than cut at the first arrivals.
        private readonly List<DealRowError> _listed = [];
        private readonly Dictionary<DealRejections, int> _byReason = [];

        public int Count { get; private set; }

        public void Add(DealRowError error, DealRejections reasons)
        {
            Count++;
            foreach (var (kind, _) in DealRejectionNames.All)
            {
                if (reasons.HasFlag(kind))
                {
                    _byReason[kind] = _byReason.GetValueOrDefault(kind) + 1;
                }
            }

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

        public IReadOnlyList<DealRejectionCount> ByReason() =>
            [.. DealRejectionNames.All
                .Where(r => _byReason.ContainsKey(r.Kind))
                .Select(r => new DealRejectionCount(r.Name, _byReason[r.Kind]))];
    }
}
