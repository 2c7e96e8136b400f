using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CsvHelper;

namespace TeamsCadenceBot.Deals.Import;

/// <summary>
/// Streams a deal export: detects the layout from the header, then turns each record into a deal or a reason it
/// was rejected, never holding more than one record (and CsvHelper's buffer) in memory. Line numbers are those
/// of the record's first physical line, right after quoted line breaks.
/// </summary>
internal sealed class DealCsvReader : IAsyncDisposable
{
    /// <summary>
    /// The longest record read, in bytes: a quote that is never closed swallows the rest of the file into one
    /// record, and reading stops there rather than buffering the whole file.
    /// </summary>
    public const int MaxRecordBytes = 1024 * 1024;

    private const int MaxTextLength = 4000;
    private const int MaxQuotedValueLength = 60;

    private readonly CsvReader _csv;
    private readonly ColumnMap _columns;
    private readonly StageMap _stages;
    private readonly OwnerDirectory _owners;
    private readonly string _tenantId;
    private readonly ConcurrentQueue<DealRow> _malformed;

    private DealCsvReader(
        CsvReader csv,
        ColumnMap columns,
        StageMap stages,
        OwnerDirectory owners,
        string tenantId,
        ConcurrentQueue<DealRow> malformed)
    {
        _csv = csv;
        _columns = columns;
        _stages = stages;
        _owners = owners;
        _tenantId = tenantId;
        _malformed = malformed;
    }

    public CrmLayout Layout => _columns.Layout;

    /// <summary>Why reading stopped before the end of the file, or null.</summary>
    public string? StoppedBecause { get; private set; }

    /// <summary>
    /// Reads the header of <paramref name="stream"/> (UTF-8 with or without a byte order mark, or UTF-16 with one;
    /// it need not be seekable). Throws <see cref="DealFileException"/> when the header is not a known layout.
    /// </summary>
    public static async Task<DealCsvReader> OpenAsync(
        Stream stream,
        string tenantId,
        IReadOnlyDictionary<string, DealStage> configuredStages,
        OwnerDirectory owners,
        CancellationToken cancellationToken)
    {
        var malformed = new ConcurrentQueue<DealRow>();
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            MaxRecordSize = MaxRecordBytes,
            MalformedData = CsvMalformedDataHandling.Skip,
            IncludeValuesInExceptions = false,
            OnMalformedRecord = record => malformed.Enqueue(
                new DealRow(record.LineNumber, null, null, $"malformed quoting ({Describe(record.Reason)})")),
        };
        var csv = CsvReader.Create(stream, options, leaveOpen: true);
        try
        {
            await csv.ReadHeaderAsync(cancellationToken);
            if (csv.Headers.Count == 0)
            {
                throw new DealFileException("The file is empty.");
            }

            var columns = ColumnMap.Create(csv.Headers);
            var stages = new StageMap(columns.Layout, configuredStages);
            return new DealCsvReader(csv, columns, stages, owners, tenantId, malformed);
        }
        catch (CsvFormatException e)
        {
            await csv.DisposeAsync();
            throw new DealFileException($"The header cannot be read: {e.Message}", e);
        }
        catch
        {
            await csv.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The records after the header, in file order (rows with malformed quoting as soon as they are found).
    /// Stops early, with <see cref="StoppedBecause"/> set, when the rest of the file cannot be read.
    /// </summary>
    public async IAsyncEnumerable<DealRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            bool more;
            try
            {
                more = await _csv.ReadAsync(cancellationToken);
            }
            catch (CsvFormatException e)
            {
                StoppedBecause = e.LineNumber > 0
                    ? $"Reading stopped at line {e.LineNumber}: {e.Message}"
                    : $"Reading stopped: {e.Message}";
                more = false;
            }

            while (_malformed.TryDequeue(out var malformed))
            {
                yield return malformed;
            }

            if (!more)
            {
                yield break;
            }

            yield return ReadRecord();
        }
    }

    public ValueTask DisposeAsync() => _csv.DisposeAsync();

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted value",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quote that is never closed",
        _ => reason.ToString(),
    };

    private static string Quote(string value) =>
        value.Length <= MaxQuotedValueLength ? $"'{value}'" : $"'{value[..MaxQuotedValueLength]}...'";

    private DealRow ReadRecord()
    {
        var line = _csv.LineNumber;
        var record = new RecordParser(this);
        if (_csv.FieldCount != _columns.HeaderCount)
        {
            var crmId = record.Text(DealField.CrmId);
            return new DealRow(
                line,
                null,
                crmId.Length > 0 ? crmId : null,
                $"the record has {_csv.FieldCount} fields where the header has {_columns.HeaderCount}");
        }

        var incoming = record.Parse();
        return record.Errors is { } errors
            ? new DealRow(line, null, record.CrmId, string.Join("; ", errors))
            : new DealRow(line, incoming, record.CrmId, null);
    }

    /// <summary>Reads the fields of the current record, collecting every problem rather than only the first.</summary>
    private sealed class RecordParser(DealCsvReader reader)
    {
        private DerivedFields _derive;

        public List<string>? Errors { get; private set; }

        public string? CrmId { get; private set; }

        public string Text(DealField field)
        {
            var index = reader._columns.IndexOf(field);
            return index < 0 ? "" : (reader._csv.GetString(index) ?? "").Trim();
        }

        public IncomingDeal? Parse()
        {
            var crmId = Required(DealField.CrmId, "missing id");
            CrmId = crmId.Length > 0 ? crmId : null;
            var name = Required(DealField.Name, "missing name");
            var stageText = Required(DealField.Stage, "missing stage");
            var stage = DealStage.Discovery;
            if (stageText.Length > 0 && !reader._stages.TryMap(stageText, out stage))
            {
                Fail($"unknown stage {Quote(stageText)}");
            }

            var ownerText = Required(DealField.Owner, "missing owner");
            var ownerId = "";
            if (ownerText.Length > 0)
            {
                ownerId = reader._owners.Find(ownerText, out var ownerError) ?? "";
                if (ownerError is not null)
                {
                    Fail(ownerError);
                }
            }

            var deal = new Deal
            {
                TenantId = reader._tenantId,
                CrmId = crmId,
                Name = name,
                OwnerId = ownerId,
                Stage = stage,
                CrmStage = stageText,
                Amount = Amount(),
                CloseDate = Date(DealField.CloseDate, "close date"),
                Category = Category(stage),
                Probability = Probability(),
                LastActivityDate = Date(DealField.LastActivityDate, "last activity date"),
                NextStep = Optional(DealField.NextStep),
                NextStepDate = Date(DealField.NextStepDate, "next step date"),
                DecisionMaker = Optional(DealField.DecisionMaker),
                CreatedDate = Created(),
                StageEnteredDate = StageEntered(),
                CloseDatePushCount = PushCount(),
                Source = Optional(DealField.Source),
                EngagedContacts = Count(DealField.EngagedContacts, "engaged contacts"),
                Scorecard = new QualificationScorecard(
                    Flag(DealField.EconomicBuyerEngaged),
                    Flag(DealField.BudgetConfirmed),
                    Flag(DealField.DecisionProcessMapped),
                    Flag(DealField.PainQuantified),
                    Flag(DealField.ChampionIdentified)),
            };
            return Errors is null ? new IncomingDeal(deal, _derive) : null;
        }

        private void Fail(string reason) => (Errors ??= []).Add(reason);

        private string Required(DealField field, string missing)
        {
            var value = Text(field);
            if (value.Length == 0)
            {
                Fail(missing);
            }
            else if (value.Length > MaxTextLength)
            {
                Fail($"{field} is longer than {MaxTextLength} characters");
            }

            return value;
        }

        private string? Optional(DealField field)
        {
            var value = Text(field);
            if (value.Length > MaxTextLength)
            {
                Fail($"{field} is longer than {MaxTextLength} characters");
            }

            return value.Length == 0 ? null : value;
        }

        private decimal? Amount()
        {
            var text = Text(DealField.Amount);
            if (text.Length == 0)
            {
                return null;
            }

            var culture = reader._columns.CultureOf(DealField.Amount);
            if (!DealValues.TryAmount(text, culture, out var amount))
            {
                Fail(culture is null
                    ? $"bad amount {Quote(text)} (expected 1,250,000.00; tag the header, as in 'Amount [de-DE]', for another format)"
                    : $"bad amount {Quote(text)} (expected a number as {culture.Name} writes it)");
                return null;
            }

            if (amount < 0)
            {
                Fail($"negative amount {Quote(text)}");
            }

            return amount;
        }

        private DateOnly? Date(DealField field, string what)
        {
            var text = Text(field);
            if (text.Length == 0)
            {
                return null;
            }

            var culture = reader._columns.CultureOf(field);
            if (DealValues.TryDate(text, culture, out var date))
            {
                return date;
            }

            Fail(culture is null
                ? $"bad {what} {Quote(text)} (expected 2026-12-31 or 12/31/2026)"
                : $"bad {what} {Quote(text)} (expected a date as {culture.Name} writes it)");
            return null;
        }

        private ForecastCategory Category(DealStage stage)
        {
            var text = Text(DealField.Category);
            if (text.Length == 0)
            {
                return DealValues.DefaultCategory(stage);
            }

            if (DealValues.TryCategory(text, out var category))
            {
                return category;
            }

            Fail($"unknown forecast category {Quote(text)}");
            return DealValues.DefaultCategory(stage);
        }

        private decimal? Probability()
        {
            var text = Text(DealField.Probability);
            if (text.Length == 0)
            {
                return null;
            }

            if (DealValues.TryProbability(text, fractions: reader.Layout == CrmLayout.HubSpot, out var percent))
            {
                return percent;
            }

            Fail($"bad probability {Quote(text)} (expected 0 to 100)");
            return null;
        }

        private DateOnly Created()
        {
            if (Date(DealField.CreatedDate, "created date") is { } created)
            {
                return created;
            }

            _derive |= DerivedFields.CreatedDate;
            return DateOnly.MinValue;
        }

        private DateOnly? StageEntered()
        {
            if (Date(DealField.StageEnteredDate, "stage change date") is { } entered)
            {
                return entered;
            }

            _derive |= DerivedFields.StageEnteredDate;
            return null;
        }

        private int PushCount()
        {
            if (Count(DealField.PushCount, "push count") is { } count)
            {
                return count;
            }

            _derive |= DerivedFields.CloseDatePushCount;
            return 0;
        }

        private int? Count(DealField field, string what)
        {
            var text = Text(field);
            if (text.Length == 0)
            {
                return null;
            }

            if (DealValues.TryCount(text, out var count))
            {
                return count;
            }

            Fail($"bad {what} {Quote(text)} (expected a whole number of 0 or more)");
            return null;
        }

        private bool? Flag(DealField field) => reader._columns.Has(field) ? DealValues.Flag(Text(field)) : null;
    }
}
