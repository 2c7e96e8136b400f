using System.Globalization;
using TeamsCadenceBot.Deals.Import;

namespace TeamsCadenceBot.ForecastCalls.Quotas.Import;

/// <summary>
/// Where the rep, the period and the amount are in a quota file's header. Column names are read as the deal import
/// reads them (case, spaces and punctuation ignored), in any order, other columns ignored; a culture tag on the
/// amount column ("Quota [de-DE]") says how its numbers are written.
/// </summary>
internal sealed class QuotaColumns
{
    public static readonly string[] RepNames =
        ["Rep", "Rep Email", "Email", "Owner", "Owner Email", "User Principal Name", "Rep Id", "Object Id",
         "Entra Object Id", "AAD Object Id"];

    public static readonly string[] PeriodNames = ["Period", "Quarter", "Fiscal Quarter", "Fiscal Period"];

    public static readonly string[] AmountNames = ["Quota", "Amount", "Quota Amount", "Target"];

    private QuotaColumns(int headerCount, int rep, int period, int amount, CultureInfo? amountCulture)
    {
        HeaderCount = headerCount;
        Rep = rep;
        Period = period;
        Amount = amount;
        AmountCulture = amountCulture;
    }

    public int HeaderCount { get; }

    public int Rep { get; }

    public int Period { get; }

    public int Amount { get; }

    public CultureInfo? AmountCulture { get; }

    /// <summary>The columns of <paramref name="headers"/>, or null with what is wrong in <paramref name="problem"/>.
    /// </summary>
    public static QuotaColumns? Find(IReadOnlyList<string> headers, out string? problem)
    {
        var parsed = headers.Select(HeaderName.Parse).ToArray();
        var problems = new List<string>();
        var rep = Column(parsed, "rep", RepNames, problems);
        var period = Column(parsed, "period", PeriodNames, problems);
        var amount = Column(parsed, "quota", AmountNames, problems);
        problem = problems.Count == 0 ? null : "The header " + string.Join("; ", problems) + ".";
        return problem is null
            ? new QuotaColumns(headers.Count, rep, period, amount, parsed[amount].Culture)
            : null;
    }

    private static int Column(
        (string Key, CultureInfo? Culture)[] parsed,
        string what,
        string[] names,
        List<string> problems)
    {
        var keys = names.Select(HeaderName.Key).ToHashSet(StringComparer.Ordinal);
        var found = Enumerable.Range(0, parsed.Length).Where(i => keys.Contains(parsed[i].Key)).ToArray();
        switch (found.Length)
        {
            case 1:
                return found[0];
            case 0:
                problems.Add($"has no {what} column (name it one of: {string.Join(", ", names)})");
                return -1;
            default:
                problems.Add($"has {found.Length} {what} columns; keep one");
                return -1;
        }
    }
}
