using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.ForecastCalls.Quotas;
using static TeamsCadenceBot.Tests.Deals.TestPeople;

namespace TeamsCadenceBot.Tests.ForecastCalls.Quotas;

public sealed class QuotaImporterTests
{
    private const string Header = "Rep,Period,Quota\n";

    [Fact]
    public async Task ImportAsync_RealShapedFile_SetsEachRowsQuotaAndReportsIt()
    {
        var bed = await new QuotaImportBed().WithOctoberFiscalYearAsync();
        var csv = "\"Rep Email\",Rep name,Fiscal Quarter,Quota (USD)\r\n"
            + $"{MeganEmail},\"Bowen, Megan\",FY2027-Q1,\"250,000\"\r\n"
            + $"{DiegoId.ToUpperInvariant()},Diego Siciliani,Q1 FY2027,$300000.50\r\n"
            + $"{MeganEmail.ToUpperInvariant()},Megan Bowen,Q2 2027,\"275,000.00\"\r\n"
            + ",,,\r\n";

        var report = await bed.ImportAsync(csv, byteOrderMark: true);

        Assert.Equal((3, 3, 0, 0, 0, null), (report.RowsRead, report.Created, report.Updated, report.Unchanged,
            report.Rejected, report.FileError));
        var q1 = await bed.QuotasAsync(QuotaImportBed.Period(1));
        Assert.Equal(
            new RepQuota(MeganId, "FY2027-Q1", 250_000m, "import:q1.csv", QuotaImportBed.Now),
            q1[MeganId]);
        Assert.Equal(300_000.50m, q1[DiegoId].Amount);
        Assert.Equal(275_000m, (await bed.QuotasAsync(QuotaImportBed.Period(2)))[MeganId].Amount);
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_SecondChangesNothing()
    {
        var bed = new QuotaImportBed();
        var csv = Header + $"{MeganEmail},FY2027-Q1,100000\n{DiegoEmail},FY2027-Q1,\"120,000\"\n";
        await bed.ImportAsync(csv);
        bed.Clock.Advance(TimeSpan.FromDays(1));

        var report = await bed.ImportAsync(csv);

        Assert.Equal((0, 0, 2), (report.Created, report.Updated, report.Unchanged));
        var stored = await bed.QuotasAsync(QuotaImportBed.Period(1));
        Assert.All(stored.Values, q => Assert.Equal(QuotaImportBed.Now, q.SetAt));
    }

    [Fact]
    public async Task ImportAsync_ChangedAmount_UpdatesOnlyThatRep()
    {
        var bed = new QuotaImportBed();
        await bed.ImportAsync(Header + $"{MeganEmail},FY2027-Q1,100000\n{DiegoEmail},FY2027-Q1,120000\n");

        var report = await bed.ImportAsync(Header + $"{MeganEmail},FY2027-Q1,110000\n{DiegoEmail},FY2027-Q1,120000\n");

        Assert.Equal((0, 1, 1), (report.Created, report.Updated, report.Unchanged));
        Assert.Equal(110_000m, (await bed.QuotasAsync(QuotaImportBed.Period(1)))[MeganId].Amount);
    }

    [Theory]
    [InlineData(
        "nobody@contoso.com,FY2027-Q1,100",
        "unknown rep 'nobody@contoso.com': no person the bot knows has this email")]
    [InlineData("00000000-0000-0000-0000-0000000000ff,FY2027-Q1,100",
        "unknown rep '00000000-0000-0000-0000-0000000000ff': no person the bot knows has this Entra object id")]
    [InlineData("Megan Bowen,FY2027-Q1,100", "unknown rep 'Megan Bowen': give the rep's email or Entra object id")]
    [InlineData(",FY2027-Q1,100", "missing rep")]
    [InlineData("megan.bowen@contoso.com,Q5 2027,100",
        "bad period 'Q5 2027' (expected Q3 2027, Q3 FY2027, FY2027-Q3 or this quarter)")]
    [InlineData("megan.bowen@contoso.com,,100", "missing period")]
    [InlineData("megan.bowen@contoso.com,FY2027-Q1,-5000", "negative quota '-5000'")]
    [InlineData("megan.bowen@contoso.com,FY2027-Q1,\"(5,000)\"", "negative quota '(5,000)'")]
    [InlineData("megan.bowen@contoso.com,FY2027-Q1,lots",
        "bad quota 'lots' (expected 250,000 or 250000.00; for another format tag the header: 'Quota [de-DE]')")]
    [InlineData("megan.bowen@contoso.com,FY2027-Q1,\"25,00,000\"",
        "bad quota '25,00,000' (expected 250,000 or 250000.00; for another format tag the header: 'Quota [de-DE]')")]
    [InlineData("megan.bowen@contoso.com,FY2027-Q1,", "missing quota")]
    [InlineData("megan.bowen@contoso.com,FY2027-Q1,100,extra", "the record has 4 fields where the header has 3")]
    public async Task ImportAsync_BadRow_RejectedWithItsLineAndReasonAndNotWritten(string row, string reason)
    {
        var bed = new QuotaImportBed();

        var report = await bed.ImportAsync(Header + $"{DiegoEmail},FY2027-Q1,100\n" + row + "\n");

        Assert.Equal((2, 1, 1), (report.RowsRead, report.Created, report.Rejected));
        var error = Assert.Single(report.Errors);
        Assert.Equal((3L, reason), (error.Line, error.Reason));
        Assert.False((await bed.QuotasAsync(QuotaImportBed.Period(1))).ContainsKey(MeganId));
    }

    [Fact]
    public async Task ImportAsync_SeveralProblemsInARow_AllNamed()
    {
        var report = await new QuotaImportBed().ImportAsync(Header + "nobody@contoso.com,someday,-1\n");

        Assert.Equal(
            "unknown rep 'nobody@contoso.com': no person the bot knows has this email; bad period 'someday' "
            + "(expected Q3 2027, Q3 FY2027, FY2027-Q3 or this quarter); negative quota '-1'",
            Assert.Single(report.Errors).Reason);
    }

    [Fact]
    public async Task ImportAsync_RepTwiceForOnePeriod_LaterRowRejectedNamingTheFirst()
    {
        var bed = await new QuotaImportBed().WithOctoberFiscalYearAsync();

        var report = await bed.ImportAsync(Header
            + $"{MeganEmail},FY2027-Q1,100000\n{MeganEmail},FY2027-Q2,90000\n{MeganId},Q1 FY2027,999\n");

        Assert.Equal((2, 1), (report.Created, report.Rejected));
        var error = Assert.Single(report.Errors);
        Assert.Equal((4L, "Megan Bowen already has a quota for Q1 FY2027 on line 2"), (error.Line, error.Reason));
        Assert.Equal(100_000m, (await bed.QuotasAsync(QuotaImportBed.Period(1)))[MeganId].Amount);
    }

    [Fact]
    public async Task ImportAsync_RelativePeriod_ReadInTheFiscalYearOfTheRepsTeam()
    {
        var bed = await new QuotaImportBed().WithOctoberFiscalYearAsync();

        // 3 December 2026 is in Q1 of Alex's FY2027 (October start), but in Q4 2026 for a calendar year.
        await bed.ImportAsync(Header + $"{MeganEmail},this quarter,100\n{AlexEmail},this quarter,200\n");

        Assert.Equal(100m, (await bed.QuotasAsync(QuotaImportBed.Period(1)))[MeganId].Amount);
        Assert.Equal(200m, (await bed.QuotasAsync(ForecastPeriod.Of(2026, 4, 1)))[AlexId].Amount);
    }

    [Fact]
    public async Task ImportAsync_CultureTaggedQuotaColumn_ReadsThatCulturesNumbers()
    {
        var bed = new QuotaImportBed();

        var report = await bed.ImportAsync("Email;Period;Quota [de-DE]\n" + $"{MeganEmail};FY2027-Q1;250.000,50\n");

        Assert.Equal(1, report.Created);
        Assert.Equal(250_000.50m, (await bed.QuotasAsync(QuotaImportBed.Period(1)))[MeganId].Amount);
    }

    [Theory]
    [InlineData(
        "Rep,Quarter\nx,Q1\n",
        "The header has no quota column (name it one of: Quota, Amount, Quota Amount, Target).")]
    [InlineData("Email,Rep,Period,Quota\n", "The header has 2 rep columns; keep one.")]
    [InlineData("", "The file is empty.")]
    public async Task ImportAsync_NotAQuotaFile_UnreadableWithTheReasonAndNothingWritten(string csv, string reason)
    {
        var bed = new QuotaImportBed();

        var report = await bed.ImportAsync(csv);

        Assert.Equal((0, reason), (report.RowsRead, report.FileError));
        Assert.Empty(await bed.QuotasAsync(QuotaImportBed.Period(1)));
    }

    [Fact]
    public async Task ImportAsync_ManyBadRows_CountsAllListsTheFirstByLine()
    {
        var bed = new QuotaImportBed(new DealImportOptions { MaxListedErrors = 3 });
        var rows = string.Concat(Enumerable.Range(0, 20).Select(i => $"nobody{i}@contoso.com,FY2027-Q1,1\n"));

        var report = await bed.ImportAsync(Header + rows);

        Assert.Equal((20, true), (report.Rejected, report.ErrorsTruncated));
        Assert.Equal([2L, 3L, 4L], report.Errors.Select(e => e.Line));
    }

    [Fact]
    public async Task ImportAsync_UnclosedQuote_RejectsThatRecordAndKeepsTheRowsBefore()
    {
        var bed = new QuotaImportBed();

        var report = await bed.ImportAsync(Header + $"{MeganEmail},FY2027-Q1,100\n{DiegoEmail},\"FY2027-Q1,100\n");

        Assert.Equal(1, report.Created);
        Assert.Contains(
            report.Errors,
            e => e.Line == 3 && e.Reason.StartsWith("malformed quoting", StringComparison.Ordinal));
    }
}
