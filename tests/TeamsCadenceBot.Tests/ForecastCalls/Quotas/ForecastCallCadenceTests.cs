using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.ForecastCalls.Quotas.CallReminders;

namespace TeamsCadenceBot.Tests.ForecastCalls.Quotas;

public sealed class ForecastCallCadenceTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static ForecastCallSchedule Schedule(
        int closeWeeks = 4,
        string time = "10:00",
        DayOfWeek day = DayOfWeek.Thursday) =>
        new("tenant", "manager", day, TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
            "America/New_York", closeWeeks, "19:channel", "v1");

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static (DateOnly Date, DateTimeOffset At) Next(ForecastCallSchedule schedule, DateTimeOffset after) =>
        ForecastCallCadence.Next(schedule, after, NewYork, fiscalYearStartMonth: 10);

    [Theory]
    [InlineData("thursday 10:00", DayOfWeek.Thursday, 10, 4)]
    [InlineData("Thu 9:30 last 3 weeks", DayOfWeek.Thursday, 9, 3)]
    [InlineData("friday 14:00 last 1 week", DayOfWeek.Friday, 14, 1)]
    [InlineData("monday 08:00 every week", DayOfWeek.Monday, 8, 0)]
    [InlineData("mon 08:00 weekly", DayOfWeek.Monday, 8, 0)]
    public void Parse_GoodForms_DayTimeAndClosePeriod(string text, DayOfWeek day, int hour, int weeks)
    {
        var sut = ForecastCallCadence.Parse(text, defaultCloseWeeks: 4);

        Assert.Equal((day, hour, weeks, (string?)null), (sut.Day!.Value, sut.Time.Hour, sut.CloseWeeks, sut.Problem));
    }

    [Theory]
    [InlineData("", "Say when")]
    [InlineData("someday 10:00", "\"someday\" is not a weekday.")]
    [InlineData("thursday 25:00", "\"25:00\" is not a time.")]
    [InlineData("thursday 10:00 last 14 weeks", "\"last 14 weeks\" is not a close period.")]
    [InlineData("thursday 10:00 monthly", "\"monthly\" is not a close period.")]
    public void Parse_BadForms_SaysWhatIsWrong(string text, string start)
    {
        var sut = ForecastCallCadence.Parse(text, defaultCloseWeeks: 4);

        Assert.StartsWith(start, sut.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void InClosePeriod_LastFourWeeks_FromTheTwentyEighthDayBeforeTheNextQuarter()
    {
        var q1 = ForecastPeriod.Of(2027, 1, 10);

        Assert.False(ForecastCallCadence.InClosePeriod(new DateOnly(2026, 12, 3), q1, 4));
        Assert.True(ForecastCallCadence.InClosePeriod(new DateOnly(2026, 12, 4), q1, 4));
        Assert.True(ForecastCallCadence.InClosePeriod(new DateOnly(2026, 12, 31), q1, 4));
        Assert.True(ForecastCallCadence.InClosePeriod(new DateOnly(2026, 10, 1), q1, 0));
    }

    [Fact]
    public void Next_BeforeTheClosePeriod_FirstWeekdayInIt()
    {
        var (date, at) = Next(Schedule(), Utc(2026, 11, 25, 12));

        Assert.Equal((new DateOnly(2026, 12, 10), Utc(2026, 12, 10, 15)), (date, at));
    }

    [Fact]
    public void Next_AfterTheQuartersLastCall_TheNextQuartersClosePeriod()
    {
        var (date, _) = Next(Schedule(), Utc(2026, 12, 31, 15));

        Assert.Equal(new DateOnly(2027, 3, 4), date);
    }

    [Fact]
    public void Next_AcrossTheSpringDaylightChange_SameLocalTime()
    {
        var (_, before) = Next(Schedule(), Utc(2027, 3, 10, 0));
        var (_, after) = Next(Schedule(), before);

        Assert.Equal(Utc(2027, 3, 11, 15), before);
        Assert.Equal(Utc(2027, 3, 18, 14), after);
    }

    [Fact]
    public void Next_TimeSkippedByTheDaylightChange_MovesForwardByTheGap()
    {
        var sunday = Schedule(closeWeeks: 0, time: "02:30", day: DayOfWeek.Sunday);

        var (date, at) = Next(sunday, Utc(2027, 3, 13, 12));

        Assert.Equal((new DateOnly(2027, 3, 14), Utc(2027, 3, 14, 7, 30)), (date, at));
    }

    [Fact]
    public void Describe_ClosePeriods_ReadAsWords()
    {
        Assert.Equal(
            "every Thursday at 10:00 in the last 4 weeks of each quarter",
            ForecastCallCadence.Describe(Schedule()));
        Assert.Equal(
            "every Thursday at 10:00 in the last week of each quarter",
            ForecastCallCadence.Describe(Schedule(1)));
        Assert.Equal("every Thursday at 10:00", ForecastCallCadence.Describe(Schedule(0)));
    }
}
