namespace TeamsCadenceBot.PipelineReviews;

/// <summary>A quarter of a fiscal year that starts in a given month: its first day and the first day after it.</summary>
/// <param name="Start">The quarter's first day.</param>
/// <param name="EndExclusive">The first day of the next quarter.</param>
internal sealed record FiscalQuarter(DateOnly Start, DateOnly EndExclusive)
{
    /// <summary>The quarter that contains <paramref name="date"/>.</summary>
    public static FiscalQuarter Containing(DateOnly date, int fiscalYearStartMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYearStartMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYearStartMonth, 12);
        var monthsIntoYear = ((date.Month - fiscalYearStartMonth) % 12 + 12) % 12;
        var start = new DateOnly(date.Year, date.Month, 1).AddMonths(-(monthsIntoYear % 3));
        return new FiscalQuarter(start, start.AddMonths(3));
    }

    /// <summary>Days from <paramref name="today"/> to the quarter's end, counting today: 1 on its last day.</summary>
    public int DaysLeft(DateOnly today) => EndExclusive.DayNumber - today.DayNumber;

    public bool Contains(DateOnly date) => date >= Start && date < EndExclusive;
}
