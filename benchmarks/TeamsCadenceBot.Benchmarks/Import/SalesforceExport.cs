using System.Globalization;
using System.Text;

namespace TeamsCadenceBot.Benchmarks.Import;

/// <summary>
/// Writes a Salesforce Opportunity report export of generated deals as a real one looks: UTF-8 with a byte order
/// mark, CRLF lines, quoted names with commas, amounts with thousands separators, US and ISO dates, a quoted
/// newline in some next steps, and the scorecard columns. Seeded: the same row count gives the same file.
/// </summary>
internal static class SalesforceExport
{
    private const string Header =
        "Opportunity ID,Opportunity Name,Owner Email,Stage,Amount,Close Date,Created Date,Forecast Category,"
        + "Probability (%),Last Activity,Next Step,Lead Source,Next Step Date,Decision Maker,Engaged Contacts,"
        + "Economic Buyer Engaged,Budget Confirmed,Decision Process Mapped,Pain Quantified,Champion Identified";

    private static readonly (string Stage, string Category, int Probability)[] Stages =
    [
        ("Prospecting", "Pipeline", 10),
        ("Qualification", "Pipeline", 20),
        ("Needs Analysis", "Pipeline", 25),
        ("Value Proposition", "Best Case", 40),
        ("Id. Decision Makers", "Best Case", 50),
        ("Proposal/Price Quote", "Best Case", 65),
        ("Negotiation/Review", "Commit", 80),
        ("Closed Won", "Closed", 100),
        ("Closed Lost", "Omitted", 0),
    ];

    private static readonly string[] Sources = ["Web", "Partner Referral", "Inbound Call", "Outbound", "Trade Show"];

    private static readonly string[] Accounts =
        ["Fabrikam", "Contoso", "Northwind Traders", "Adventure Works", "Tailspin Toys", "Wide World Importers"];

    /// <summary>The CRM id of row <paramref name="row"/> (from 1).</summary>
    public static string CrmId(int row) => string.Create(CultureInfo.InvariantCulture, $"006Bench{row:D10}");

    public static async Task WriteAsync(
        string path,
        int rows,
        IReadOnlyList<string> ownerEmails,
        DateOnly today,
        CancellationToken cancellationToken)
    {
        var random = new Random(20261204);
        var withBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        await using var file = new StreamWriter(path, append: false, withBom);
        file.NewLine = "\r\n";
        await file.WriteLineAsync(Header.AsMemory(), cancellationToken);
        var line = new StringBuilder(512);
        for (var row = 1; row <= rows; row++)
        {
            line.Clear();
            AppendRow(line, row, random, ownerEmails, today);
            await file.WriteLineAsync(line, cancellationToken);
        }
    }

    private static void AppendRow(
        StringBuilder line,
        int row,
        Random random,
        IReadOnlyList<string> owners,
        DateOnly today)
    {
        // Four deals in five are open, as in a CRM that exports the current pipeline with a half year of closed ones.
        var (stage, category, probability) = Stages[random.Next(10) < 8 ? random.Next(7) : 7 + random.Next(2)];
        var open = probability is > 0 and < 100;
        var created = today.AddDays(-random.Next(20, 400));
        var close = open ? today.AddDays(random.Next(-20, 150)) : today.AddDays(-random.Next(1, 180));
        var amount = random.Next(2, 4_000) * 250m;
        var account = Accounts[row % Accounts.Length];
        var culture = CultureInfo.InvariantCulture;

        line.Append(CrmId(row)).Append(',')
            .Append(culture, $"\"{account} — platform renewal, region {row % 40}, deal {row}\"").Append(',')
            .Append(owners[row % owners.Count]).Append(',')
            .Append(stage).Append(',')
            .Append(culture, $"\"{amount:N2}\"").Append(',')
            .Append(close.ToString(row % 2 == 0 ? "M/d/yyyy" : "yyyy-MM-dd", culture)).Append(',')
            .Append(created.ToString("yyyy-MM-dd", culture)).Append(',')
            .Append(category).Append(',')
            .Append(probability).Append(',')
            .Append(today.AddDays(-random.Next(0, 60)).ToString("M/d/yyyy", culture)).Append(',')
            .Append(row % 50 == 0 ? "\"Send the order form\nthen book the kickoff\"" : "Send the plan").Append(',')
            .Append(Sources[row % Sources.Length]).Append(',')
            .Append(today.AddDays(random.Next(-10, 21)).ToString("yyyy-MM-dd", culture)).Append(',')
            .Append(row % 7 == 0 ? "" : "\"Pat Lee, CFO\"").Append(',')
            .Append(random.Next(0, 6)).Append(',')
            .Append(YesNo(random)).Append(',')
            .Append(YesNo(random)).Append(',')
            .Append(YesNo(random)).Append(',')
            .Append(YesNo(random)).Append(',')
            .Append(random.Next(3) == 0 ? "" : "Jordan Miles");
    }

    private static string YesNo(Random random) => random.Next(3) == 0 ? "No" : "Yes";
}
