using TeamsCadenceBot.Commitments;

namespace TeamsCadenceBot.Tests.Commitments;

public sealed class DigestCoveringTests
{
    public static TheoryData<string, string> ZonesAndTimes => new()
    {
        { "America/New_York", "08:00" },
        { "Europe/Berlin", "02:30" },
        { "Australia/Lord_Howe", "08:00" },
        { "Asia/Tokyo", "00:00" },
    };

    [Theory]
    [MemberData(nameof(ZonesAndTimes))]
    public void DigestCovering_EveryHalfHourOfAYear_InOneWindowWhichTheNextStartsWhereItEnds(string zoneId, string time)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var localTime = TimeSpan.Parse(time, System.Globalization.CultureInfo.InvariantCulture);
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var previous = CommitmentWork.DigestCovering(at, zone, localTime);
        for (; at < new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero); at = at.AddMinutes(30))
        {
            var window = CommitmentWork.DigestCovering(at, zone, localTime);

            Assert.True(window.Since <= at && at < window.At, $"{at:u} is outside [{window.Since:u}, {window.At:u})");
            Assert.True(
                window == previous || (window.Since == previous.At && window.LocalDate == previous.LocalDate.AddDays(1)),
                $"[{previous.Since:u}, {previous.At:u}) is followed by [{window.Since:u}, {window.At:u})");
            previous = window;
        }
    }

    [Fact]
    public void DigestCovering_ExactlyAtTheSetTime_IsTheNextDaysDigest()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var eight = new DateTimeOffset(2026, 12, 9, 13, 0, 0, TimeSpan.Zero);

        var before = CommitmentWork.DigestCovering(eight.AddTicks(-1), zone, TimeSpan.FromHours(8));
        var at = CommitmentWork.DigestCovering(eight, zone, TimeSpan.FromHours(8));

        Assert.Equal((new DateOnly(2026, 12, 9), eight), (before.LocalDate, before.At));
        Assert.Equal((new DateOnly(2026, 12, 10), eight), (at.LocalDate, at.Since));
    }
}
