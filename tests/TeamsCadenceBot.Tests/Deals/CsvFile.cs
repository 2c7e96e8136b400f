using System.Text;
using TeamsCadenceBot.Deals.Import;

namespace TeamsCadenceBot.Tests.Deals;

/// <summary>A row of a test export in the few columns that every layout needs.</summary>
internal sealed record CsvRow(
    string Id,
    string Name,
    string Owner = TestPeople.AlexEmail,
    string? Stage = null,
    string Amount = "50000",
    string CloseDate = "2026-12-31");

/// <summary>Writes test exports: a short file per layout from rows, or any text, as a stream.</summary>
internal static class CsvFile
{
    public static string Short(string layout, params CsvRow[] rows) => Short(Enum.Parse<CrmLayout>(layout), rows);

    public static string Short(CrmLayout layout, params CsvRow[] rows)
    {
        var text = new StringBuilder(layout == CrmLayout.Salesforce
            ? "Opportunity ID,Opportunity Name,Owner Email,Stage,Amount,Close Date\n"
            : "Record ID,Deal Name,Deal Owner Email,Deal Stage,Amount,Close Date\n");
        foreach (var row in rows)
        {
            var stage = row.Stage ?? (layout == CrmLayout.Salesforce ? "Proposal/Price Quote" : "presentationscheduled");
            text.Append(string.Join(',', new[] { row.Id, row.Name, row.Owner, stage, row.Amount, row.CloseDate }.Select(Quote)))
                .Append('\n');
        }

        return text.ToString();
    }

    public static Stream Utf8(string text, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new MemoryStream(byteOrderMark ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes, writable: false);
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
