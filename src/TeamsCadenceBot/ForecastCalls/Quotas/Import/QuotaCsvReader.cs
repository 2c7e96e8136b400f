using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CsvHelper;
using TeamsCadenceBot.Deals.Import;

namespace TeamsCadenceBot.ForecastCalls.Quotas.Import;

/// <summary>
/// Streams a quota file with CsvHelper: finds the columns in the header, then yields each record's three values,
/// one record at a time. UTF-8 with or without a byte order mark, or UTF-16 with one.
/// </summary>
internal sealed class QuotaCsvReader : IAsyncDisposable
{
    // A quota record is three short values; a quote that is never closed must not pull the whole file into memory.
    private const int MaxRecordBytes = 64 * 1024;

    private readonly CsvReader _csv;
    private readonly ConcurrentQueue<QuotaCsvRecord> _malformed;

    private QuotaCsvReader(CsvReader csv, QuotaColumns columns, ConcurrentQueue<QuotaCsvRecord> malformed)
    {
        _csv = csv;
        Columns = columns;
        _malformed = malformed;
    }

    public QuotaColumns Columns { get; }

    /// <summary>Why reading stopped before the end of the file, or null.</summary>
    public string? StoppedBecause { get; private set; }

    /// <summary>Opens the file and reads its header; null and the reason when it is not a quota file.</summary>
    public static async Task<(QuotaCsvReader? Reader, string? Problem)> OpenAsync(
        Stream stream,
        CancellationToken cancellationToken)
    {
        var malformed = new ConcurrentQueue<QuotaCsvRecord>();
        var options = DealCsvReader.Options(
            MaxRecordBytes,
            record => malformed.Enqueue(
                new QuotaCsvRecord(record.LineNumber, "", "", "", DealCsvReader.MalformedReason(record))));
        var csv = CsvReader.Create(new Utf8OrWindows1252Stream(stream), options, leaveOpen: true);
        string? problem;
        try
        {
            await csv.ReadHeaderAsync(cancellationToken);
            if (csv.Headers.Count == 0)
            {
                problem = "The file is empty.";
            }
            else if (QuotaColumns.Find(csv.Headers, out problem) is { } columns)
            {
                return (new QuotaCsvReader(csv, columns, malformed), null);
            }
        }
        catch (CsvFormatException e)
        {
            problem = $"The header cannot be read: {e.Message}";
        }

        await csv.DisposeAsync();
        return (null, problem);
    }

    /// <summary>The records after the header, in order; stops early with <see cref="StoppedBecause"/> set.</summary>
    public async IAsyncEnumerable<QuotaCsvRecord> ReadAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var more = true;
        while (more)
        {
            try
            {
                more = await _csv.ReadAsync(cancellationToken);
            }
            catch (CsvFormatException e)
            {
                StoppedBecause = $"Reading stopped at line {e.LineNumber}: {e.Message}";
                more = false;
            }

            while (_malformed.TryDequeue(out var malformed))
            {
                yield return malformed;
            }

            if (more && !IsBlank())
            {
                yield return Current();
            }
        }
    }

    public ValueTask DisposeAsync() => _csv.DisposeAsync();

    // A spreadsheet often saves empty rows (",,") below the data; they carry nothing to import or to reject.
    private bool IsBlank() =>
        Enumerable.Range(0, _csv.FieldCount).All(i => string.IsNullOrWhiteSpace(_csv.GetString(i)));

    private QuotaCsvRecord Current()
    {
        var line = _csv.LineNumber;
        if (_csv.FieldCount != Columns.HeaderCount)
        {
            return new QuotaCsvRecord(
                line,
                Field(Columns.Rep),
                "",
                "",
                $"the record has {_csv.FieldCount} fields where the header has {Columns.HeaderCount}");
        }

        return new QuotaCsvRecord(line, Field(Columns.Rep), Field(Columns.Period), Field(Columns.Amount), null);
    }

    private string Field(int index) => index < _csv.FieldCount ? (_csv.GetString(index) ?? "").Trim() : "";
}
