using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.Tests.PipelineReviews;

public sealed class ReviewCadenceTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    // Thursday 3 December 2026, 13:00 in Berlin.
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("thursday 10:00", DayOfWeek.Thursday, 10, 0, 1)]
    [InlineData("Thu 9:30 biweekly", DayOfWeek.Thursday, 9, 30, 2)]
    [InlineData("monday 14:05 weekly", DayOfWeek.Monday, 14, 5, 1)]
    [InlineData("sun 07:00 fortnightly", DayOfWeek.Sunday, 7, 0, 2)]
    public void Parse_DayTimeAndCadence_Read(string arguments, DayOfWeek day, int hour, int minute, int weeks)
    {
        var sut = ReviewCadence.Parse(arguments);

        Assert.Null(sut.Problem);
        Assert.Equal((day, new TimeOnly(hour, minute), weeks), (sut.Day!.Value, sut.Time, sut.IntervalWeeks));
    }

    [Theory]
    [InlineData("")]
    [InlineData("thursday")]
    [InlineData("funday 10:00")]
    [InlineData("th 10:00")]
    [InlineData("thursday 25:00")]
    [InlineData("thursday 10am")]
    [InlineData("thursday 10:00 monthly")]
    [InlineData("thursday 10:00 weekly please")]
    public void Parse_Malformed_SaysWhatIsWrong(string arguments)
    {
        Assert.NotNull(ReviewCadence.Parse(arguments).Problem);
    }

    [Fact]
    public void Parse_Off_StopsTheSchedule()
    {
        Assert.True(ReviewCadence.Parse("OFF").IsOff);
    }

    [Fact]
    public void First_TimeTodayAlreadyPassed_NextWeek()
    {
        var (date, at) = ReviewCadence.First(DayOfWeek.Thursday, new TimeOnly(10, 0), Now, Berlin);

        Assert.Equal(new DateOnly(2026, 12, 10), date);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.Zero), at);
    }

    [Fact]
    public void First_TimeTodayStillAhead_Today()
    {
        var (date, at) = ReviewCadence.First(DayOfWeek.Thursday, new TimeOnly(14, 0), Now, Berlin);

        Assert.Equal(new DateOnly(2026, 12, 3), date);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 13, 0, 0, TimeSpan.Zero), at);
    }

    [Theory]
    [InlineData(1, 17)]
    [InlineData(2, 24)]
    public void Next_AfterAnOccurrence_OneOrTwoWeeksLater(int weeks, int expectedDay)
    {
        var schedule = Schedule(weeks, new DateOnly(2026, 12, 10), "Europe/Berlin");

        var (date, at) = ReviewCadence.Next(schedule, new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.Zero), Berlin);

        Assert.Equal(new DateOnly(2026, 12, expectedDay), date);
        Assert.Equal(new DateTimeOffset(2026, 12, expectedDay, 9, 0, 0, TimeSpan.Zero), at);
    }

    [Fact]
    public void Next_Biweekly_KeepsItsWeeksAfterAnOutage()
    {
        // First on 10 Dec, so the 24th and 7 Jan; found again on the 28th, the next is 7 Jan, not the 31st.
        var schedule = Schedule(2, new DateOnly(2026, 12, 10), "Europe/Berlin");

        var (date, _) = ReviewCadence.Next(schedule, new DateTimeOffset(2026, 12, 28, 9, 0, 0, TimeSpan.Zero), Berlin);

        Assert.Equal(new DateOnly(2027, 1, 7), date);
    }

    [Fact]
    public void Next_AcrossTheEndOfDaylightSaving_SameWallClockTime()
    {
        // New York leaves daylight saving on 1 November 2026: 10:00 is 14:00 UTC before, 15:00 UTC after.
        var schedule = Schedule(1, new DateOnly(2026, 10, 29), "America/New_York");

        var (date, at) = ReviewCadence.Next(schedule, new DateTimeOffset(2026, 10, 29, 14, 0, 0, TimeSpan.Zero), NewYork);

        Assert.Equal(new DateOnly(2026, 11, 5), date);
        Assert.Equal(new DateTimeOffset(2026, 11, 5, 15, 0, 0, TimeSpan.Zero), at);
    }

    [Fact]
    public void Reminder_SameOccurrence_SameWorkId()
    {
        var schedule = Schedule(1, new DateOnly(2026, 12, 10), "Europe/Berlin");
        var at = new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.Zero);

        var sut = ReviewCadence.Reminder(schedule, new DateOnly(2026, 12, 10), at);

        Assert.Equal(sut.Id, ReviewCadence.Reminder(schedule, new DateOnly(2026, 12, 10), at).Id);
        Assert.NotEqual(sut.Id, ReviewCadence.Reminder(schedule with { Version = "v2" }, new DateOnly(2026, 12, 10), at).Id);
        Assert.Equal(new ReminderPayload("manager-1", "v1", at), ReviewCadence.ReadReminder(sut));
    }

    private static ReviewSchedule Schedule(int weeks, DateOnly first, string zone) =>
        new("tenant", "manager-1", DayOfWeek.Thursday, new TimeOnly(10, 0), weeks, zone, first, "19:channel@thread.tacv2", null, "v1");
}
