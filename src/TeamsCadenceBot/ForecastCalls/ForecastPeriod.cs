using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// One quarter of a team's fiscal year, the span a forecast call is about. A fiscal year is named after the
/// calendar year it ends in (a year starting in July 2026 is FY2027), which is the same as the calendar year
/// when the fiscal year starts in January.
/// </summary>
/// <param name="FiscalYear">The fiscal year, named after the calendar year it ends in.</param>
/// <param name="Quarter">1 to 4, counted from the fiscal year's first month.</param>
/// <param name="Start">The quarter's first day.</param>
/// <param name="EndExclusive">The first day of the next quarter.</param>
internal sealed partial record ForecastPeriod(int FiscalYear, int Quarter, DateOnly Start, DateOnly EndExclusive)
{
    /// <summary>How the period is written in storage and in quota files, such as <c>FY2027-Q1</c>.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"FY{FiscalYear}-Q{Quarter}");

    /// <summary>How the period is shown to people, such as <c>Q1 FY2027</c>.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"Q{Quarter} FY{FiscalYear}");

    /// <summary>The first month of the fiscal year this period belongs to (1-12).</summary>
    public int FiscalYearStartMonth => Start.AddMonths(-3 * (Quarter - 1)).Month;

    /// <summary>The period that contains <paramref name="date"/>.</summary>
    public static ForecastPeriod Containing(DateOnly date, int fiscalYearStartMonth)
    {
        var quarter = FiscalQuarter.Containing(date, fiscalYearStartMonth);
        var yearStart = YearStartOn(quarter.Start, fiscalYearStartMonth);
        var number = ((quarter.Start.Year - yearStart.Year) * 12 + quarter.Start.Month - yearStart.Month) / 3 + 1;
        return new ForecastPeriod(yearStart.AddMonths(11).Year, number, quarter.Start, quarter.EndExclusive);
    }

    /// <summary>Quarter <paramref name="quarter"/> (1-4) of fiscal year <paramref name="fiscalYear"/>.</summary>
    public static ForecastPeriod Of(int fiscalYear, int quarter, int fiscalYearStartMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYearStartMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYearStartMonth, 12);
        var lastMonth = fiscalYearStartMonth == 1 ? 12 : fiscalYearStartMonth - 1;
        var yearStart = new DateOnly(fiscalYear, lastMonth, 1).AddMonths(-11);
        var start = yearStart.AddMonths(3 * (quarter - 1));
        return new ForecastPeriod(fiscalYear, quarter, start, start.AddMonths(3));
    }

    /// <summary>
    /// Reads a period as people type it: empty or <c>this quarter</c> (the one containing
    /// <paramref name="today"/>), <c>next quarter</c>, <c>last quarter</c>, <c>Q3</c> (of the current fiscal
    /// year), <c>Q3 2027</c>, <c>2027 Q3</c>, <c>Q3 FY2027</c>, <c>FY27 Q3</c> or the key <c>FY2027-Q3</c>.
    /// </summary>
    public static bool TryParse(
        string? text,
        int fiscalYearStartMonth,
        DateOnly today,
        [NotNullWhen(true)] out ForecastPeriod? period)
    {
        var current = Containing(today, fiscalYearStartMonth);
        var words = string.Join(' ', (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToLowerInvariant();
        period = words switch
        {
            "" or "this quarter" or "current quarter" or "quarter" => current,
            "next quarter" => current.Next(),
            "last quarter" or "previous quarter" => current.Previous(),
            _ => Explicit(words, current, fiscalYearStartMonth),
        };
        return period is not null;
    }

    /// <summary>What <see cref="TryParse"/> accepts, for a refusal.</summary>
    public const string Forms =
        "Name a quarter as **Q3**, **Q3 2027**, **FY2027-Q3**, **this quarter**, **next quarter** or **last quarter**.";

    public ForecastPeriod Next() => Containing(EndExclusive, FiscalYearStartMonth);

    public ForecastPeriod Previous() => Containing(Start.AddDays(-1), FiscalYearStartMonth);

    /// <summary>Days from <paramref name="today"/> to the period's end, counting today; 0 once it is over.</summary>
    public int DaysLeft(DateOnly today) => Math.Max(0, EndExclusive.DayNumber - Math.Max(today.DayNumber, Start.DayNumber));

    public bool Contains(DateOnly date) => date >= Start && date < EndExclusive;

    /// <summary>True once the period's last day has passed.</summary>
    public bool IsClosed(DateOnly today) => today >= EndExclusive;

    private static ForecastPeriod? Explicit(string words, ForecastPeriod current, int fiscalYearStartMonth)
    {
        var match = PeriodPattern().Match(words);
        if (!match.Success)
        {
            return null;
        }

        var quarter = int.Parse(match.Groups["q1"].Success ? match.Groups["q1"].Value : match.Groups["q2"].Value,
            CultureInfo.InvariantCulture);
        var yearText = match.Groups["y1"].Success ? match.Groups["y1"].Value : match.Groups["y2"].Value;
        var year = yearText.Length switch
        {
            0 => current.FiscalYear,
            2 => 2000 + int.Parse(yearText, CultureInfo.InvariantCulture),
            _ => int.Parse(yearText, CultureInfo.InvariantCulture),
        };
        return quarter is >= 1 and <= 4 && year is >= 2000 and <= 2999
            ? Of(year, quarter, fiscalYearStartMonth)
            : null;
    }

    private static DateOnly YearStartOn(DateOnly quarterStart, int fiscalYearStartMonth)
    {
        var monthsIntoYear = ((quarterStart.Month - fiscalYearStartMonth) % 12 + 12) % 12;
        return quarterStart.AddMonths(-monthsIntoYear);
    }

    // "q3", "q3 2027", "q3 fy2027", "q3 fy27", "2027 q3", "fy2027 q3", "fy2027-q3", "2027-q3".
    [GeneratedRegex(
        @"^(?:q(?<q1>[1-4])(?:[ -](?:fy)?(?<y1>\d{4}|\d{2}))?|(?:fy)?(?<y2>\d{4}|\d{2})[ -]q(?<q2>[1-4]))$",
        RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
