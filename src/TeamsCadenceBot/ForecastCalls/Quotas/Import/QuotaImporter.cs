using System.Globalization;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.ForecastCalls.Quotas.Import;

/// <summary>
/// Imports a quota file (the layout is in <c>ForecastCalls/Quotas/README.md</c>): streams it, rejects a bad row with
/// its line and reason, and a rep's second row for one period, and sets the rest. A quota that already has the
/// amount is left as it is, so importing the same file twice changes nothing. A period is read in the fiscal year
/// of the rep's team (their manager's settings).
/// </summary>
// Gaps: relative periods ("this quarter") are read as of today in UTC, not in the team's time zone.
internal sealed class QuotaImporter(
    IQuotaStore quotas,
    IPeopleStore people,
    TeamSettingsStore teams,
    IOptions<DealImportOptions> options,
    TimeProvider clock,
    ILogger<QuotaImporter> logger)
{
    /// <param name="tenantId">The tenant.</param>
    /// <param name="csv">The file.</param>
    /// <param name="source">The file's name, kept with each quota it sets.</param>
    /// <param name="cancellationToken">Stops the import; rows set before stay.</param>
    public async Task<QuotaImportReport> ImportAsync(
        string tenantId,
        Stream csv,
        string source,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var (reader, problem) = await QuotaCsvReader.OpenAsync(csv, cancellationToken);
        if (reader is null)
        {
            QuotaLog.FileUnreadable(logger, tenantId, problem!);
            return QuotaImportReport.Unreadable(tenantId, problem!);
        }

        await using (reader)
        {
            var run = new Run(
                quotas,
                teams,
                options.Value.MaxListedErrors,
                clock.GetUtcNow(),
                tenantId,
                await QuotaRepDirectory.LoadAsync(people, tenantId, cancellationToken),
                reader.Columns.AmountCulture,
                "import:" + source,
                cancellationToken);
            await foreach (var record in reader.ReadAsync(cancellationToken))
            {
                await run.ImportAsync(record);
            }

            var report = run.Report(reader.StoppedBecause);
            if (report.FileError is not null)
            {
                QuotaLog.FileCutShort(logger, tenantId, report.RowsRead);
            }

            QuotaLog.Imported(logger, tenantId, report.Created, report.Updated, report.Unchanged, report.Rejected);
            return report;
        }
    }

    /// <summary>One import's state: what was seen on which line, what is stored, the counts.</summary>
    private sealed class Run(
        IQuotaStore quotas,
        TeamSettingsStore teams,
        int maxListed,
        DateTimeOffset now,
        string tenantId,
        QuotaRepDirectory reps,
        CultureInfo? amountCulture,
        string setBy,
        CancellationToken cancellationToken)
    {
        private readonly Dictionary<string, long> _firstLines = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _fiscalStartMonths = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, RepQuota>> _stored = new(StringComparer.Ordinal);
        private readonly List<QuotaRowError> _errors = [];
        private int _rowsRead;
        private int _rejected;
        private int _created;
        private int _updated;
        private int _unchanged;

        public async Task ImportAsync(QuotaCsvRecord record)
        {
            _rowsRead++;
            if (record.Error is { } error)
            {
                Reject(record, error);
                return;
            }

            var month = await FiscalStartMonthAsync(reps.Find(record.Rep, out _)?.ManagerId);
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var read = QuotaRowRules.Read(record, reps, month, today, amountCulture, out var problems);
            if (read is not var (rep, period, amount))
            {
                Reject(record, problems!);
                return;
            }

            var key = rep.Id + "|" + period.Key;
            if (!_firstLines.TryAdd(key, record.Line))
            {
                Reject(record, $"{rep.DisplayName} already has a quota for {period.Label} on line {_firstLines[key]}");
                return;
            }

            var stored = await StoredAsync(period);
            if (stored.TryGetValue(rep.Id, out var current) && current.Amount == amount)
            {
                _unchanged++;
                return;
            }

            var quota = new RepQuota(rep.Id, period.Key, amount, setBy, now);
            await quotas.SetQuotaAsync(tenantId, quota, cancellationToken);
            stored[rep.Id] = quota;
            if (current is null)
            {
                _created++;
            }
            else
            {
                _updated++;
            }
        }

        public QuotaImportReport Report(string? stoppedBecause) => new(
            tenantId,
            _rowsRead,
            _created,
            _updated,
            _unchanged,
            _rejected,
            [.. _errors.OrderBy(e => e.Line).Take(maxListed)],
            stoppedBecause);

        private void Reject(QuotaCsvRecord record, string reason)
        {
            _rejected++;
            _errors.Add(new QuotaRowError(record.Line, record.Rep, reason));

            // Malformed records arrive a little ahead of their neighbours, so the list is trimmed by line, not cut.
            if (_errors.Count > 2 * maxListed)
            {
                var kept = _errors.OrderBy(e => e.Line).Take(maxListed).ToList();
                _errors.Clear();
                _errors.AddRange(kept);
            }
        }

        private async Task<int> FiscalStartMonthAsync(string? managerId)
        {
            if (managerId is null)
            {
                return PipelineThresholds.Default.FiscalYearStartMonth;
            }

            if (!_fiscalStartMonths.TryGetValue(managerId, out var month))
            {
                var settings = await teams.GetAsync(tenantId, managerId, cancellationToken);
                _fiscalStartMonths[managerId] = month = settings.Thresholds.FiscalYearStartMonth;
            }

            return month;
        }

        private async Task<Dictionary<string, RepQuota>> StoredAsync(ForecastPeriod period)
        {
            if (!_stored.TryGetValue(period.Key, out var stored))
            {
                var read = await quotas.GetQuotasAsync(tenantId, period, reps.Ids, cancellationToken);
                _stored[period.Key] = stored = new Dictionary<string, RepQuota>(read, StringComparer.Ordinal);
            }

            return stored;
        }
    }
}
