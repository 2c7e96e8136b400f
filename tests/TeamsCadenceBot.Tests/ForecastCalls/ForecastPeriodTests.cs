using TeamsCadenceBot.ForecastCalls;

namespace TeamsCadenceBot.Tests.ForecastCalls;

public sealed class ForecastPeriodTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    [Theory]
    [InlineData(1, 2026, 4, "2026-10-01")]
    [InlineData(7, 2027, 2, "2026-10-01")]
    [InlineData(2, 2027, 4, "2026-11-01")]
    [InlineData(12, 2027, 1, "2026-12-01")]
    public void Containing_FiscalYearStart_NamesTheYearItEndsIn(int startMonth, int year, int quarter, string start)
    {
        var sut = ForecastPeriod.Containing(Today, startMonth);

        Assert.Equal((year, quarter, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)),
            (sut.FiscalYear, sut.Quarter, sut.Start));
        Assert.Equal(sut.Start.AddMonths(3), sut.EndExclusive);
        Assert.Equal(startMonth, sut.FiscalYearStartMonth);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(12)]
    public void Of_EveryQuarter_IsTheQuarterThatContainsItsStart(int startMonth)
    {
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            var sut = ForecastPeriod.Of(2027, quarter, startMonth);

            Assert.Equal(sut, ForecastPeriod.Containing(sut.Start, startMonth));
            Assert.Equal(sut, ForecastPeriod.Containing(sut.EndExclusive.AddDays(-1), startMonth));
        }
    }

    [Fact]
    public void NextAndPrevious_AcrossTheFiscalYear_TurnTheYear()
    {
        var sut = ForecastPeriod.Of(2026, 4, 1);

        Assert.Equal("FY2027-Q1", sut.Next().Key);
        Assert.Equal("FY2026-Q3", sut.Previous().Key);
        Assert.Equal("FY2025-Q4", ForecastPeriod.Of(2026, 1, 1).Previous().Key);
    }

    [Theory]
    [InlineData("", "FY2026-Q4")]
    [InlineData("this quarter", "FY2026-Q4")]
    [InlineData("  Next   Quarter ", "FY2027-Q1")]
    [InlineData("last quarter", "FY2026-Q3")]
    [InlineData("Q2", "FY2026-Q2")]
    [InlineData("q1 2027", "FY2027-Q1")]
    [InlineData("Q1 FY27", "FY2027-Q1")]
    [InlineData("2027 Q3", "FY2027-Q3")]
    [InlineData("FY2027-Q3", "FY2027-Q3")]
    [InlineData("fy2027 q3", "FY2027-Q3")]
    public void TryParse_TypedForms_GiveThePeriod(string text, string key)
    {
        Assert.True(ForecastPeriod.TryParse(text, 1, Today, out var sut));
        Assert.Equal(key, sut.Key);
    }

    [Theory]
    [InlineData("Q5")]
    [InlineData("Q0 2027")]
    [InlineData("december")]
    [InlineData("2027")]
    [InlineData("Q1 1999")]
    public void TryParse_NotAPeriod_IsRefused(string text)
    {
        Assert.False(ForecastPeriod.TryParse(text, 1, Today, out _));
    }

    [Fact]
    public void DaysLeft_BeforeDuringAndAfter_CountsTheDaysOfThePeriodLeft()
    {
        var sut = ForecastPeriod.Of(2026, 4, 1);

        Assert.Equal(92, sut.DaysLeft(new DateOnly(2026, 9, 1)));
        Assert.Equal(29, sut.DaysLeft(Today));
        Assert.Equal(1, sut.DaysLeft(new DateOnly(2026, 12, 31)));
        Assert.Equal(0, sut.DaysLeft(new DateOnly(2027, 1, 1)));
        Assert.True(sut.IsClosed(new DateOnly(2027, 1, 1)));
        Assert.False(sut.IsClosed(new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void Label_ShowsQuarterThenYear()
    {
        Assert.Equal("Q2 FY2027", ForecastPeriod.Of(2027, 2, 7).Label);
    }
}
