using System.Globalization;
using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.ForecastCalls.Quotas.Import;

/// <summary>Reads a record of a quota file into a rep, a period and an amount, or every reason it cannot.</summary>
internal static class QuotaRowRules
{
    private const int MaxQuotedLength = 60;

    /// <summary>
    /// The record's rep (found in <paramref name="reps"/>), its period in a fiscal year starting in month
    /// <paramref name="fiscalYearStartMonth"/> (relative forms as of <paramref name="today"/>) and its quota (in
    /// <paramref name="amountCulture"/>, or the invariant form); null with all the problems, joined, otherwise.
    /// </summary>
    public static (Person Rep, ForecastPeriod Period, decimal Amount)? Read(
        QuotaCsvRecord record,
        QuotaRepDirectory reps,
        int fiscalYearStartMonth,
        DateOnly today,
        CultureInfo? amountCulture,
        out string? problems)
    {
        var found = new List<string>();
        Person? rep = null;
        if (record.Rep.Length == 0)
        {
            found.Add("missing rep");
        }
        else if ((rep = reps.Find(record.Rep, out var unknown)) is null)
        {
            found.Add(unknown!);
        }

        ForecastPeriod? period = null;
        if (record.Period.Length == 0)
        {
            found.Add("missing period");
        }
        else if (!ForecastPeriod.TryParse(record.Period, fiscalYearStartMonth, today, out period))
        {
            found.Add($"bad period {Quote(record.Period)} (expected Q3 2027, Q3 FY2027, FY2027-Q3 or this quarter)");
        }

        var amount = Amount(record.Amount, amountCulture, found);
        problems = found.Count == 0 ? null : string.Join("; ", found);
        return problems is null ? (rep!, period!, amount) : null;
    }

    private static decimal Amount(string text, CultureInfo? culture, List<string> problems)
    {
        if (text.Length == 0)
        {
            problems.Add("missing quota");
            return 0;
        }

        if (!DealValues.TryAmount(text, culture, out var amount))
        {
            problems.Add(culture is null
                ? $"bad quota {Quote(text)} (expected 250,000 or 250000.00; for another format tag the header: "
                    + "'Quota [de-DE]')"
                : $"bad quota {Quote(text)} (expected a number as {culture.Name} writes it)");
        }
        else if (amount < 0)
        {
            problems.Add($"negative quota {Quote(text)}");
        }

        return amount;
    }

    private static string Quote(string value) =>
        value.Length <= MaxQuotedLength ? $"'{value}'" : $"'{value[..MaxQuotedLength]}...'";
}
