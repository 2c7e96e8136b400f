using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.Tests.Deals;

public sealed class IsoWeekTests
{
    [Theory]
    [InlineData(2026, 12, 3, "2026-W49")]
    [InlineData(2026, 12, 28, "2026-W53")]
    [InlineData(2027, 1, 3, "2026-W53")]
    [InlineData(2027, 1, 4, "2027-W01")]
    public void Of_Date_GivesItsIsoWeek(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, IsoWeek.Of(new DateOnly(year, month, day)).ToString());
    }

    [Fact]
    public void Previous_FirstWeekOfAYear_IsTheLastOfTheYearBefore()
    {
        Assert.Equal(new IsoWeek(2026, 53), new IsoWeek(2027, 1).Previous);
        Assert.Equal(new DateOnly(2026, 11, 30), new IsoWeek(2026, 49).Monday);
    }

    [Theory]
    [InlineData("2026-W49", true)]
    [InlineData("2027-W53", false)]
    [InlineData("2026-49", false)]
    [InlineData("", false)]
    public void TryParse_Text_AcceptsOnlyRealWeeks(string text, bool valid)
    {
        Assert.Equal(valid, IsoWeek.TryParse(text, out var week));
        Assert.Equal(valid ? text : "0000-W00", week.ToString());
    }
}
