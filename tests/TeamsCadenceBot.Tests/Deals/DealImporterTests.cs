using TeamsCadenceBot.Deals;
using TeamsCadenceBot.Deals.Import;

namespace TeamsCadenceBot.Tests.Deals;

public sealed class DealImporterTests
{
    private const string SalesforceReport =
        "\"Opportunity Owner\",\"Owner Email\",\"Account Name\",\"Opportunity Name\",\"Stage\",\"Fiscal Period\","
        + "\"Amount\",\"Probability (%)\",\"Age\",\"Close Date\",\"Created Date\",\"Next Step\",\"Lead Source\",\"Type\","
        + "\"Forecast Category\",\"Opportunity ID\",\"Last Activity\",\"Last Stage Change Date\",\"Push Count\","
        + "\"Economic Buyer Engaged\",\"Champion__c\",\"Decision Maker\",\"Engaged Contacts\"\r\n"
        + "\"Alex Wilber\",\"alex.wilber@contoso.com\",\"Contoso\",\"Contoso - renewal\",\"Negotiation/Review\",\"Q4-2026\","
        + "\"$1,250,000.00\",\"90\",\"45\",\"12/31/2026\",\"10/19/2026\",\"Legal review\",\"Web\",\"Existing Business\","
        + "\"Commit\",\"0065g00000AbCdEAAV\",\"11/30/2026\",\"11/20/2026\",\"2\",\"Yes\",\"Pat Kim\",\"Dana Whitfield\",\"4\"\r\n"
        + "\"Megan Bowen\",\"megan.bowen@contoso.com\",\"Fabrikam\",\"Fabrikam - pilot\",\"Id. Decision Makers\",\"Q1-2027\","
        + "\"\",\"60\",\"12\",\"1/15/2027\",\"11/21/2026\",\"\",\"Partner\",\"New Business\","
        + "\"\",\"0065g00000XyZaBAAV\",\"\",\"\",\"\",\"No\",\"\",\"\",\"\"\r\n";

    private const string HubSpotExport =
        "Record ID,Deal Name,Deal Stage,Close Date,Deal owner,Amount,Create Date,Pipeline,Forecast category,"
        + "Deal probability,Last Activity Date,Next step,Original Source Type,Number of Associated Contacts\n"
        + "9876543210,Northwind - expansion,Appointment Scheduled,2026-12-31 10:00,Alex Wilber,\"48,500\","
        + "2026-10-02 08:15,Sales Pipeline,Pipeline,0.2,2026-11-28 16:40,Discovery call,Organic search,1\n"
        + "9876543211,Tailspin - renewal,contractsent,2027-01-20 00:00,Megan Bowen,125000.50,"
        + "2026-08-14 12:00,Sales Pipeline,Best case,90%,,,Referrals,3\n";

    [Fact]
    public async Task ImportAsync_SalesforceReportExport_ReadsEveryColumn()
    {
        var (report, store) = await TestImporter.ImportAsync(SalesforceReport);

        Assert.Equal(CrmLayout.Salesforce, report.Layout);
        Assert.Equal((2, 2, 0), (report.RowsRead, report.Imported, report.Rejected));
        var (renewal, derive) = (store.Received[0].Deal, store.Received[0].Derive);
        Assert.Equal("0065g00000AbCdEAAV", renewal.CrmId);
        Assert.Equal("Contoso - renewal", renewal.Name);
        Assert.Equal(TestPeople.AlexId, renewal.OwnerId);
        Assert.Equal((DealStage.Negotiation, "Negotiation/Review"), (renewal.Stage, renewal.CrmStage));
        Assert.Equal(1_250_000m, renewal.Amount);
        Assert.Equal(new DateOnly(2026, 12, 31), renewal.CloseDate);
        Assert.Equal(ForecastCategory.Commit, renewal.Category);
        Assert.Equal(90m, renewal.Probability);
        Assert.Equal(new DateOnly(2026, 11, 30), renewal.LastActivityDate);
        Assert.Equal("Legal review", renewal.NextStep);
        Assert.Equal(new DateOnly(2026, 10, 19), renewal.CreatedDate);
        Assert.Equal("Web", renewal.Source);
        Assert.Equal(new DateOnly(2026, 11, 20), renewal.StageEnteredDate);
        Assert.Equal(2, renewal.CloseDatePushCount);
        Assert.Equal("Dana Whitfield", renewal.DecisionMaker);
        Assert.Equal(4, renewal.EngagedContacts);
        Assert.Equal(new QualificationScorecard(true, null, null, null, true), renewal.Scorecard);
        Assert.Equal(DerivedFields.None, derive);
    }

    [Fact]
    public async Task ImportAsync_SalesforceRowWithEmptyCells_LeavesThemUnknownAndDerivesHistory()
    {
        var (_, store) = await TestImporter.ImportAsync(SalesforceReport);

        var (pilot, derive) = (store.Received[1].Deal, store.Received[1].Derive);
        Assert.Equal(TestPeople.MeganId, pilot.OwnerId);
        Assert.Equal(DealStage.Proposal, pilot.Stage);
        Assert.Null(pilot.Amount);
        Assert.Equal(ForecastCategory.Pipeline, pilot.Category);
        Assert.Null(pilot.NextStep);
        Assert.Null(pilot.DecisionMaker);
        Assert.Null(pilot.EngagedContacts);
        Assert.Equal(new QualificationScorecard(false, null, null, null, false), pilot.Scorecard);
        Assert.Equal(DerivedFields.StageEnteredDate | DerivedFields.CloseDatePushCount, derive);
    }

    [Fact]
    public async Task ImportAsync_HubSpotExport_ReadsEveryColumn()
    {
        var (report, store) = await TestImporter.ImportAsync(HubSpotExport);

        Assert.Equal(CrmLayout.HubSpot, report.Layout);
        Assert.Equal(2, report.Imported);
        var (expansion, derive) = (store.Received[0].Deal, store.Received[0].Derive);
        Assert.Equal("9876543210", expansion.CrmId);
        Assert.Equal(TestPeople.AlexId, expansion.OwnerId);
        Assert.Equal(DealStage.Discovery, expansion.Stage);
        Assert.Equal(48_500m, expansion.Amount);
        Assert.Equal(new DateOnly(2026, 12, 31), expansion.CloseDate);
        Assert.Equal(new DateOnly(2026, 10, 2), expansion.CreatedDate);
        Assert.Equal(ForecastCategory.Pipeline, expansion.Category);
        Assert.Equal(20m, expansion.Probability);
        Assert.Equal(new DateOnly(2026, 11, 28), expansion.LastActivityDate);
        Assert.Equal("Discovery call", expansion.NextStep);
        Assert.Equal("Organic search", expansion.Source);
        Assert.Equal(1, expansion.EngagedContacts);
        Assert.Equal(QualificationScorecard.Unknown, expansion.Scorecard);
        Assert.Equal(DerivedFields.StageEnteredDate | DerivedFields.CloseDatePushCount, derive);
        var renewal = store.Received[1].Deal;
        Assert.Equal((DealStage.Negotiation, TestPeople.MeganId), (renewal.Stage, renewal.OwnerId));
        Assert.Equal((125_000.50m, 90m), (renewal.Amount, renewal.Probability));
        Assert.Equal(ForecastCategory.BestCase, renewal.Category);
    }

    [Theory]
    [InlineData(nameof(CrmLayout.Salesforce))]
    [InlineData(nameof(CrmLayout.HubSpot))]
    public async Task ImportAsync_BadDate_RejectsThatRowWithItsLine(string layout)
    {
        var csv = CsvFile.Short(layout, new CsvRow("1", "Good"), new CsvRow("2", "Bad date", CloseDate: "31/12/2026"));

        var (report, store) = await TestImporter.ImportAsync(csv);

        AssertRejected(report, line: 3, "2", "bad close date '31/12/2026'");
        Assert.Equal(["1"], store.Received.Select(d => d.Deal.CrmId));
    }

    [Theory]
    [InlineData(nameof(CrmLayout.Salesforce), "-5")]
    [InlineData(nameof(CrmLayout.HubSpot), "(1,000.00)")]
    [InlineData(nameof(CrmLayout.Salesforce), "-$1,000")]
    public async Task ImportAsync_NegativeAmount_RejectsThatRowWithItsLine(string layout, string amount)
    {
        var csv = CsvFile.Short(layout, new CsvRow("1", "Good"), new CsvRow("2", "Refund", Amount: amount));

        var (report, store) = await TestImporter.ImportAsync(csv);

        AssertRejected(report, line: 3, "2", "negative amount");
        Assert.Single(store.Received);
    }

    [Theory]
    [InlineData(nameof(CrmLayout.Salesforce), "Closed Maybe")]
    [InlineData(nameof(CrmLayout.HubSpot), "1234567")]
    [InlineData(nameof(CrmLayout.HubSpot), "Prospecting")]
    public async Task ImportAsync_UnknownStage_RejectsThatRowWithItsLine(string layout, string stage)
    {
        var csv = CsvFile.Short(layout, new CsvRow("1", "Odd stage", Stage: stage), new CsvRow("2", "Good"));

        var (report, store) = await TestImporter.ImportAsync(csv);

        AssertRejected(report, line: 2, "1", $"unknown stage '{stage}'");
        Assert.Equal(["2"], store.Received.Select(d => d.Deal.CrmId));
    }

    [Theory]
    [InlineData(nameof(CrmLayout.Salesforce), "nobody@contoso.com", "unknown owner 'nobody@contoso.com'")]
    [InlineData(nameof(CrmLayout.HubSpot), "Nobody Known", "unknown owner 'Nobody Known'")]
    [InlineData(nameof(CrmLayout.HubSpot), "", "missing owner")]
    public async Task ImportAsync_UnknownOwner_RejectsThatRowWithItsLine(string layout, string owner, string reason)
    {
        var csv = CsvFile.Short(layout, new CsvRow("1", "Good"), new CsvRow("2", "Stranger's", Owner: owner));

        var (report, _) = await TestImporter.ImportAsync(csv);

        AssertRejected(report, line: 3, "2", reason);
    }

    [Fact]
    public async Task ImportAsync_OwnerNameTwoPeopleShare_RejectsAsAmbiguous()
    {
        var twin = TestPeople.Person("00000000-0000-0000-0000-0000000000b9", "Alex Wilber", "alex.w@contoso.com");
        var store = new RecordingDealStore();
        var importer = TestImporter.Create(store, people: TestPeople.Store([.. TestPeople.All, twin]));
        await using var csv = CsvFile.Utf8(CsvFile.Short(CrmLayout.HubSpot, new CsvRow("1", "Twins", Owner: "alex wilber")));

        var report = await importer.ImportAsync(TestPeople.Tenant, csv, CancellationToken.None);

        AssertRejected(report, line: 2, "1", "ambiguous owner 'alex wilber': 2 people");
    }

    [Theory]
    [InlineData(nameof(CrmLayout.Salesforce))]
    [InlineData(nameof(CrmLayout.HubSpot))]
    public async Task ImportAsync_DuplicateId_KeepsTheFirstAndRejectsTheLaterWithBothLines(string layout)
    {
        var csv = CsvFile.Short(
            layout,
            new CsvRow("A-1", "First"),
            new CsvRow("B-2", "Other"),
            new CsvRow("A-1", "Second"));

        var (report, store) = await TestImporter.ImportAsync(csv);

        AssertRejected(report, line: 4, "A-1", "duplicate id: already on line 2");
        Assert.Equal(["First", "Other"], store.Received.Select(d => d.Deal.Name));
    }

    [Theory]
    [InlineData(nameof(CrmLayout.Salesforce), "", "Nameless id", "missing id")]
    [InlineData(nameof(CrmLayout.HubSpot), "7", "", "missing name")]
    public async Task ImportAsync_MissingIdOrName_RejectsThatRow(string layout, string id, string name, string reason)
    {
        var csv = CsvFile.Short(layout, new CsvRow(id, name));

        var (report, store) = await TestImporter.ImportAsync(csv);

        AssertRejected(report, line: 2, id.Length > 0 ? id : null, reason);
        Assert.Empty(store.Received);
    }

    [Fact]
    public async Task ImportAsync_RowWithSeveralProblems_NamesThemAll()
    {
        var csv = CsvFile.Short(CrmLayout.Salesforce, new CsvRow("1", "Mess", Stage: "Nope", Amount: "-1", CloseDate: "soon"));

        var (report, _) = await TestImporter.ImportAsync(csv);

        var reason = Assert.Single(report.Errors).Reason;
        Assert.Contains("unknown stage 'Nope'", reason, StringComparison.Ordinal);
        Assert.Contains("negative amount '-1'", reason, StringComparison.Ordinal);
        Assert.Contains("bad close date 'soon'", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(CrmLayout.Salesforce))]
    [InlineData(nameof(CrmLayout.HubSpot))]
    public async Task ImportAsync_QuotedNewlines_LaterLineNumbersCountThem(string layout)
    {
        var csv = CsvFile.Short(
            layout,
            new CsvRow("1", "Contoso\nrenewal\r\n(three lines)"),
            new CsvRow("2", "Bad", CloseDate: "never"),
            new CsvRow("3", "Also bad", Amount: "-3"));

        var (report, store) = await TestImporter.ImportAsync(csv);

        Assert.Equal("Contoso\nrenewal\r\n(three lines)", Assert.Single(store.Received).Deal.Name);
        Assert.Equal([5L, 6L], report.Errors.Select(e => e.Line));
    }

    [Fact]
    public async Task ImportAsync_Utf8ByteOrderMark_ReadsTheFirstColumnName()
    {
        var csv = CsvFile.Short(CrmLayout.Salesforce, new CsvRow("006X", "Zoë's Café"));

        var (report, store) = await TestImporter.ImportAsync(csv, byteOrderMark: true);

        Assert.Equal(CrmLayout.Salesforce, report.Layout);
        Assert.Equal("006X", Assert.Single(store.Received).Deal.CrmId);
        Assert.Equal("Zoë's Café", store.Received[0].Deal.Name);
    }

    [Fact]
    public async Task ImportAsync_Utf16WithByteOrderMark_IsRead()
    {
        var text = CsvFile.Short(CrmLayout.HubSpot, new CsvRow("1", "Ünïcode"));
        var utf16 = System.Text.Encoding.Unicode;
        await using var stream = new MemoryStream([.. utf16.GetPreamble(), .. utf16.GetBytes(text)]);
        var store = new RecordingDealStore();

        var report = await TestImporter.Create(store).ImportAsync(TestPeople.Tenant, stream, CancellationToken.None);

        Assert.Equal((CrmLayout.HubSpot, 1), (report.Layout!.Value, report.Imported));
        Assert.Equal("Ünïcode", store.Received[0].Deal.Name);
    }

    [Theory]
    [InlineData("1,250,000.00", "1250000")]
    [InlineData("$1,250,000", "1250000")]
    [InlineData("USD 1,250.50", "1250.50")]
    [InlineData("€ 980", "980")]
    [InlineData("1250000", "1250000")]
    [InlineData(" 42.5 ", "42.5")]
    public async Task ImportAsync_AmountWithSeparatorsOrCurrency_ReadsTheNumber(string amount, string expected)
    {
        var csv = CsvFile.Short(CrmLayout.Salesforce, new CsvRow("1", "Big", Amount: amount));

        var (_, store) = await TestImporter.ImportAsync(csv);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), store.Received[0].Deal.Amount);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1.250.000,00")]
    [InlineData("12,34,567")]
    [InlineData("lots")]
    public async Task ImportAsync_AmountInAnotherFormatWithoutTag_RejectsIt(string amount)
    {
        var csv = CsvFile.Short(CrmLayout.Salesforce, new CsvRow("1", "Ambiguous", Amount: amount));

        var (report, _) = await TestImporter.ImportAsync(csv);

        AssertRejected(report, line: 2, "1", $"bad amount '{amount}'");
    }

    [Fact]
    public async Task ImportAsync_ColumnsTaggedWithCulture_ReadsThatCulture()
    {
        var csv = "Opportunity ID;Opportunity Name;Owner Email;Stage;Amount [de-DE];Close Date (de-DE)\n"
            + $"1;Bier;{TestPeople.AlexEmail};Prospecting;1.250.000,50 €;31.12.2026\n";

        var (_, store) = await TestImporter.ImportAsync(csv);

        var deal = Assert.Single(store.Received).Deal;
        Assert.Equal((1_250_000.50m, new DateOnly(2026, 12, 31)), (deal.Amount!.Value, deal.CloseDate!.Value));
    }

    [Theory]
    [InlineData("2026-12-31")]
    [InlineData("2026-12-31 10:00")]
    [InlineData("2026-12-31 23:59:59")]
    [InlineData("2026-12-31T10:00:00.000Z")]
    [InlineData("2026-12-31T10:00:00+01:00")]
    [InlineData("12/31/2026")]
    [InlineData("12/31/2026 10:00 AM")]
    [InlineData("12/31/2026 22:15")]
    public async Task ImportAsync_IsoAndUsDates_ReadTheCalendarDate(string closeDate)
    {
        var csv = CsvFile.Short(CrmLayout.HubSpot, new CsvRow("1", "Dated", CloseDate: closeDate));

        var (_, store) = await TestImporter.ImportAsync(csv);

        Assert.Equal(new DateOnly(2026, 12, 31), Assert.Single(store.Received).Deal.CloseDate);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("13/01/2026")]
    [InlineData("2026-12-31 25:00")]
    [InlineData("31.12.2026")]
    public async Task ImportAsync_ImpossibleOrUntaggedForeignDate_RejectsIt(string closeDate)
    {
        var csv = CsvFile.Short(CrmLayout.HubSpot, new CsvRow("1", "Dated", CloseDate: closeDate));

        var (report, _) = await TestImporter.ImportAsync(csv);

        AssertRejected(report, line: 2, "1", $"bad close date '{closeDate}'");
    }

    [Fact]
    public async Task ImportAsync_ConfiguredStageName_MapsIt()
    {
        var options = new DealImportOptions { Stages = { ["Discovery Call"] = DealStage.Discovery } };
        var csv = CsvFile.Short(CrmLayout.Salesforce, new CsvRow("1", "Custom", Stage: "discovery call"));

        var (report, store) = await TestImporter.ImportAsync(csv, options: options);

        Assert.Equal(0, report.Rejected);
        Assert.Equal(DealStage.Discovery, store.Received[0].Deal.Stage);
    }

    [Fact]
    public async Task ImportAsync_UnknownHeader_ImportsNothingAndSaysWhy()
    {
        var (report, store) = await TestImporter.ImportAsync("Name,Value\nx,1\n");

        Assert.Null(report.Layout);
        Assert.Contains("neither a Salesforce", report.FileError, StringComparison.Ordinal);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task ImportAsync_EmptyFile_ImportsNothingAndSaysWhy()
    {
        var (report, _) = await TestImporter.ImportAsync("");

        Assert.Equal("The file is empty.", report.FileError);
    }

    [Fact]
    public async Task ImportAsync_RequiredColumnMissing_NamesIt()
    {
        var (report, _) = await TestImporter.ImportAsync("Opportunity ID,Opportunity Name,Stage\n1,x,Prospecting\n");

        Assert.Null(report.Layout);
        Assert.Contains("Owner (one of: Owner Email", report.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_RecordWithExtraField_RejectsItRatherThanShiftColumns()
    {
        var csv = "Opportunity ID,Opportunity Name,Owner Email,Stage,Amount\n"
            + $"1,Contoso, Inc,{TestPeople.AlexEmail},Prospecting,100\n"
            + $"2,Fabrikam,{TestPeople.AlexEmail},Prospecting,100\n";

        var (report, store) = await TestImporter.ImportAsync(csv);

        AssertRejected(report, line: 2, "1", "the record has 6 fields where the header has 5");
        Assert.Equal(["2"], store.Received.Select(d => d.Deal.CrmId));
    }

    [Fact]
    public async Task ImportAsync_StrayQuote_RejectsThatRecordAndReadsOn()
    {
        var csv = "Record ID,Deal Name,Deal Owner Email,Deal Stage\n"
            + $"1,The \"Big\" one,{TestPeople.AlexEmail},closedwon\n"
            + $"2,\"Quoted\"tail,{TestPeople.AlexEmail},closedwon\n"
            + $"3,Fine,{TestPeople.AlexEmail},closedwon\n";

        var (report, store) = await TestImporter.ImportAsync(csv);

        Assert.Equal([2L, 3L], report.Errors.Select(e => e.Line));
        Assert.All(report.Errors, e => Assert.StartsWith("malformed quoting", e.Reason, StringComparison.Ordinal));
        Assert.Equal(["3"], store.Received.Select(d => d.Deal.CrmId));
    }

    [Fact]
    public async Task ImportAsync_QuoteNeverClosedNearTheEnd_RejectsTheRest()
    {
        var csv = CsvFile.Short(CrmLayout.HubSpot, new CsvRow("1", "Good")) + "2,\"Open quote,x,y,z\n3,after,x,y,z\n";

        var (report, store) = await TestImporter.ImportAsync(csv);

        AssertRejected(report, line: 3, null, "malformed quoting (a quote that is never closed)");
        Assert.Null(report.FileError);
        Assert.Single(store.Received);
    }

    [Fact]
    public async Task ImportAsync_QuoteNeverClosedBeforeAMegabyte_StopsThereKeepingTheRowsBefore()
    {
        var text = new System.Text.StringBuilder(CsvFile.Short(CrmLayout.Salesforce, new CsvRow("1", "Before")));
        text.Append("2,\"Unclosed,x,Prospecting,1,2026-12-31\n");
        for (var i = 3; i < 40_000; i++)
        {
            text.Append(i).Append(",After,").Append(TestPeople.AlexEmail).Append(",Prospecting,1,2026-12-31\n");
        }

        var (report, store) = await TestImporter.ImportAsync(text.ToString());

        Assert.Equal(["1"], store.Received.Select(d => d.Deal.CrmId));
        Assert.StartsWith("Reading stopped at line 3", report.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_MoreErrorsThanListed_CountsAllAndListsTheFirst()
    {
        var rows = Enumerable.Range(1, 10).Select(i => new CsvRow($"{i}", "Bad", Stage: "Nope")).ToArray();
        var options = new DealImportOptions { MaxListedErrors = 3 };

        var (report, _) = await TestImporter.ImportAsync(CsvFile.Short(CrmLayout.Salesforce, rows), options: options);

        Assert.Equal(10, report.Rejected);
        Assert.True(report.ErrorsTruncated);
        Assert.Equal([2L, 3L, 4L], report.Errors.Select(e => e.Line));
    }

    [Fact]
    public async Task ImportAsync_AnyFile_UpsertsAsOfTodayInUtc()
    {
        var (_, store) = await TestImporter.ImportAsync(CsvFile.Short(CrmLayout.HubSpot, new CsvRow("1", "Dated")));

        Assert.Equal(new DateOnly(2026, 12, 3), store.AsOf);
    }

    private static void AssertRejected(DealImportReport report, long line, string? crmId, string reason)
    {
        Assert.Equal(1, report.Rejected);
        var error = Assert.Single(report.Errors);
        Assert.Equal(line, error.Line);
        Assert.Equal(crmId, error.CrmId);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }
}
