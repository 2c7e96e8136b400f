using System.Net;
using System.Text.Json;
using TeamsCadenceBot.Deals.Import;

namespace TeamsCadenceBot.Tests.Deals;

// Rejected rows counted by reason, in the report, the command line's output and the endpoint's JSON; and repeated
// ids whatever became of the first row.
public sealed class DealImportRejectionTests
{
    private static readonly string Mixed = CsvFile.Short(
        CrmLayout.Salesforce,
        new CsvRow("1", "Good"),
        new CsvRow("2", "Bad close", CloseDate: "31/12/2026"),
        new CsvRow("3", "Bad close too", CloseDate: "someday"),
        new CsvRow("4", "Refund", Amount: "-5"),
        new CsvRow("5", "Odd stage", Stage: "Closed Maybe"),
        new CsvRow("6", "Stranger's", Owner: "nobody@contoso.com"),
        new CsvRow("1", "Again"),
        new CsvRow("7", "Two problems", Amount: "-1", CloseDate: "never"));

    private static readonly DealRejectionCount[] MixedCounts =
    [
        new("bad date", 3),
        new("negative amount", 2),
        new("unknown stage", 1),
        new("unknown owner", 1),
        new("duplicate id", 1),
    ];

    [Theory]
    [InlineData(nameof(CrmLayout.Salesforce))]
    [InlineData(nameof(CrmLayout.HubSpot))]
    public async Task ImportAsync_FirstRowOfAnIdRejected_LaterRowWithItIsADuplicateNotImported(string layout)
    {
        var csv = CsvFile.Short(
            layout,
            new CsvRow("A-1", "Bad first", CloseDate: "someday"),
            new CsvRow("B-2", "Other"),
            new CsvRow("A-1", "Good second"));

        var (report, store) = await TestImporter.ImportAsync(csv);

        Assert.Equal(["Other"], store.Received.Select(d => d.Deal.Name));
        Assert.Equal(2, report.Rejected);
        var later = Assert.Single(report.Errors, e => e.Line == 4);
        Assert.Equal(("A-1", "duplicate id: already on line 2"), (later.CrmId, later.Reason));
        Assert.Contains(new DealRejectionCount("duplicate id", 1), report.RejectedByReason);
    }

    [Fact]
    public async Task ImportAsync_LaterRowRepeatsAnIdAndIsBadToo_BothReasons()
    {
        var csv = CsvFile.Short(
            CrmLayout.HubSpot,
            new CsvRow("A-1", "First"),
            new CsvRow("A-1", "Second", Amount: "-10"));

        var (report, store) = await TestImporter.ImportAsync(csv);

        Assert.Single(store.Received);
        var error = Assert.Single(report.Errors);
        Assert.Equal("negative amount '-10'; duplicate id: already on line 2", error.Reason);
        Assert.Equal([new("negative amount", 1), new("duplicate id", 1)], report.RejectedByReason);
    }

    [Fact]
    public async Task ImportAsync_RowsRejectedForEachReason_CountsPerReason()
    {
        var (report, store) = await TestImporter.ImportAsync(Mixed);

        Assert.Equal((1, 7), (store.Received.Count, report.Rejected));
        Assert.Equal(MixedCounts, report.RejectedByReason);
    }

    [Fact]
    public async Task ImportAsync_NothingRejected_NoReasons()
    {
        var (report, _) = await TestImporter.ImportAsync(CsvFile.Short(CrmLayout.HubSpot, new CsvRow("1", "Good")));

        Assert.Empty(report.RejectedByReason);
    }

    [Fact]
    public async Task ImportAsync_MalformedAndShortRecords_CountedUnderTheirOwnReasons()
    {
        var csv = "Record ID,Deal Name,Deal Owner Email,Deal Stage,Amount,Close Date\n"
            + "1,Good," + TestPeople.AlexEmail + ",presentationscheduled,5,2026-12-31\n"
            + "2,Short\n"
            + "3,\"Bad \"quote\"," + TestPeople.AlexEmail + ",presentationscheduled,5,2026-12-31\n";

        var (report, _) = await TestImporter.ImportAsync(csv);

        Assert.Equal(
            [new("wrong number of fields", 1), new("malformed quoting", 1)],
            report.RejectedByReason.OrderByDescending(r => r.Reason == "wrong number of fields"));
    }

    [Fact]
    public void Write_ReportWithRejections_PrintsACountPerReason()
    {
        var report = new DealImportReport(TestPeople.Tenant, CrmLayout.HubSpot, 9, 1, 0, 0, 7, 1, [], null)
        {
            RejectedByReason = MixedCounts,
        };
        using var output = new StringWriter();

        DealImportReportText.Write(report, "deals.csv", output);

        var printed = output.ToString();
        Assert.Contains(
            "  rejected          7\n    bad date                          3\n",
            printed.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
        Assert.Contains("    duplicate id                      1", printed, StringComparison.Ordinal);
        Assert.Contains("    unknown owner                     1", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_RowsRejectedForSeveralReasons_JsonCountsEach()
    {
        await using var host = await AdminTestHost.StartAsync();

        using var response = await host.PostCsvAsync(Mixed, host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var counts = report.RootElement.GetProperty("rejectedByReason").EnumerateArray()
            .Select(r => new DealRejectionCount(r.GetProperty("reason").GetString()!, r.GetProperty("rows").GetInt32()));
        Assert.Equal(MixedCounts, counts);
    }
}
