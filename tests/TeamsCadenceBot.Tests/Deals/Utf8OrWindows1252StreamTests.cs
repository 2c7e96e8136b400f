using System.Text;
using TeamsCadenceBot.Deals.Import;

namespace TeamsCadenceBot.Tests.Deals;

public sealed class Utf8OrWindows1252StreamTests
{
    private const string Accented = "Société Générale, Müller GmbH, Ørsted – “renewal” € 5,000";

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static (byte[] Bytes, bool Windows1252) ReadAll(
        byte[] file,
        int innerChunk = int.MaxValue,
        int readSize = 4096)
    {
        var sut = new Utf8OrWindows1252Stream(new TrickleStream(file, innerChunk));
        using var output = new MemoryStream();
        var buffer = new byte[readSize];
        int read;
        while ((read = sut.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, read);
        }

        return (output.ToArray(), sut.ReadAsWindows1252);
    }

    [Theory]
    [InlineData(int.MaxValue, 4096)]
    [InlineData(1, 4096)]
    [InlineData(int.MaxValue, 1)]
    [InlineData(3, 2)]
    public void Read_Windows1252WithoutMark_TurnedIntoUtf8(int innerChunk, int readSize)
    {
        var (bytes, windows1252) = ReadAll(Windows1252.GetBytes(Accented), innerChunk, readSize);

        Assert.Equal(Accented, Encoding.UTF8.GetString(bytes));
        Assert.True(windows1252);
    }

    [Theory]
    [InlineData(int.MaxValue, 4096)]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    public void Read_Utf8WithoutMark_Unchanged(int innerChunk, int readSize)
    {
        var file = Encoding.UTF8.GetBytes(Accented);

        var (bytes, windows1252) = ReadAll(file, innerChunk, readSize);

        Assert.Equal(file, bytes);
        Assert.False(windows1252);
    }

    [Fact]
    public void Read_Utf8WithMark_Unchanged()
    {
        byte[] file = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Accented)];

        var (bytes, windows1252) = ReadAll(file, innerChunk: 1);

        Assert.Equal(file, bytes);
        Assert.False(windows1252);
    }

    [Fact]
    public void Read_Utf16WithMark_Unchanged()
    {
        byte[] file = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Accented)];

        var (bytes, windows1252) = ReadAll(file);

        Assert.Equal(file, bytes);
        Assert.False(windows1252);
    }

    [Fact]
    public void Read_FirstAccentLongAfterTheFirstBuffer_DecidedThere()
    {
        var text = new string('a', 40_000) + "\nRenée;Zoë\n";

        var (bytes, windows1252) = ReadAll(Windows1252.GetBytes(text), innerChunk: 5000, readSize: 777);

        Assert.Equal(text, Encoding.UTF8.GetString(bytes));
        Assert.True(windows1252);
    }

    [Fact]
    public void Read_LastByteAStartOfAUtf8CharacterCutShort_ReadAsWindows1252()
    {
        var (bytes, windows1252) = ReadAll([(byte)'a', 0xC3]);

        Assert.Equal("aÃ", Encoding.UTF8.GetString(bytes));
        Assert.True(windows1252);
    }

    [Fact]
    public void Read_EmptyFile_Nothing()
    {
        var (bytes, windows1252) = ReadAll([]);

        Assert.Empty(bytes);
        Assert.False(windows1252);
    }

    [Fact]
    public async Task ReadAsync_Windows1252_SameAsRead()
    {
        var sut = new Utf8OrWindows1252Stream(new TrickleStream(Windows1252.GetBytes(Accented), 2));
        using var reader = new StreamReader(sut, Encoding.UTF8);

        Assert.Equal(Accented, await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task ImportAsync_SalesforceExportInWindows1252_NamesReadRightAndTheReportSaysSo()
    {
        var csv = CsvFile.Short(
            CrmLayout.Salesforce,
            new CsvRow("006A", "Société Générale - renouvellement"),
            new CsvRow("006B", "Müller GmbH – Erweiterung"));
        var store = new RecordingDealStore();
        await using var file = new MemoryStream(Windows1252.GetBytes(csv));

        var report = await TestImporter.Create(store).ImportAsync(TestPeople.Tenant, file, CancellationToken.None);

        Assert.Equal(
            ["Société Générale - renouvellement", "Müller GmbH – Erweiterung"],
            store.Received.Select(d => d.Deal.Name));
        Assert.True(report.ReadAsWindows1252);
        using var output = new StringWriter();
        DealImportReportText.Write(report, "export.csv", output);
        Assert.Contains("Read as Windows-1252", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Answers at most <paramref name="chunk"/> bytes a read, as a network stream may.</summary>
    private sealed class TrickleStream(byte[] content, int chunk) : MemoryStream(content, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
