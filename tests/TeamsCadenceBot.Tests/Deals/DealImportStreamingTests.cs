namespace TeamsCadenceBot.Tests.Deals;

public sealed class DealImportStreamingTests
{
    private const int Rows = 100_000;

    [Fact]
    public async Task ImportAsync_HundredThousandRowsFromANonSeekableStream_HandsThemOnBeforeReadingTheRest()
    {
        await using var csv = new GeneratedCsvStream(Rows);
        var readWhenHandedOn = new long[Rows];
        var store = new RecordingDealStore(keep: false) { OnDeal = (i, _) => readWhenHandedOn[i] = csv.BytesRead };
        var sut = TestImporter.Create(store);

        var report = await sut.ImportAsync(TestPeople.Tenant, csv, CancellationToken.None);

        Assert.Equal((Rows, Rows, 0), (report.RowsRead, report.Imported, report.Rejected));
        var total = csv.BytesRead;
        Assert.True(total > 10_000_000, $"the file was only {total} bytes");

        // Each deal reaches the store when at most a read buffer or two lies between it and the stream's position.
        const long Lookahead = 512 * 1024;
        var averageRow = total / (double)Rows;
        for (var i = 0; i < Rows; i += 997)
        {
            Assert.InRange(readWhenHandedOn[i], 0, (long)((i + 1) * averageRow) + Lookahead);
        }
    }
}
