using System.Globalization;
using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.Tests.PipelineReviews;

public sealed class FiscalQuarterTests
{
    [Theory]
    [InlineData(1, "2026-10-01", "2027-01-01")]
    [InlineData(2, "2026-11-01", "2027-02-01")]
    [InlineData(4, "2026-10-01", "2027-01-01")]
    [InlineData(7, "2026-10-01", "2027-01-01")]
    [InlineData(12, "2026-12-01", "2027-03-01")]
    public void Containing_FiscalYearStart_GivesTheQuarterOfThe3rdOfDecember(int startMonth, string start, string end)
    {
        var sut = FiscalQuarter.Containing(new DateOnly(2026, 12, 3), startMonth);

        Assert.Equal((Date(start), Date(end)), (sut.Start, sut.EndExclusive));
    }

    [Fact]
    public void DaysLeft_LastDayOfQuarter_IsOne()
    {
        var sut = FiscalQuarter.Containing(new DateOnly(2026, 12, 31), 1);

        Assert.Equal(1, sut.DaysLeft(new DateOnly(2026, 12, 31)));
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
