using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.Tests.Scheduling;

public sealed class LocalClockTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void ToInstant_OrdinaryDay_UsesTheZoneOffset()
    {
        var instant = LocalClock.ToInstant(new DateOnly(2026, 12, 10), new TimeOnly(9, 0), NewYork);

        Assert.Equal(new DateTimeOffset(2026, 12, 10, 14, 0, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void ToInstant_TimeSkippedBySpringForward_MovesForwardByTheGap()
    {
        var instant = LocalClock.ToInstant(new DateOnly(2027, 3, 14), new TimeOnly(2, 30), NewYork);

        Assert.Equal(new DateTimeOffset(2027, 3, 14, 7, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void ToInstant_TimeRepeatedInAutumn_IsTheFirstOccurrence()
    {
        var instant = LocalClock.ToInstant(new DateOnly(2027, 11, 7), new TimeOnly(1, 30), NewYork);

        Assert.Equal(new DateTimeOffset(2027, 11, 7, 5, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("W. Europe Standard Time", true)]
    [InlineData("Mars/Olympus", false)]
    [InlineData("", false)]
    public void FindZone_KnowsIanaAndWindowsIds(string id, bool known)
    {
        Assert.Equal(known, LocalClock.FindZone(id) is not null);
    }
}
