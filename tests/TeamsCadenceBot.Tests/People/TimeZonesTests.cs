using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Tests.People;

public sealed class TimeZonesTests
{
    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("  America/New_York ", "America/New_York")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("UTC", "UTC")]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    [InlineData("Pacific Standard Time", "America/Los_Angeles")]
    [InlineData("Etc/GMT+5", "Etc/GMT+5")]
    public void TryNormalize_KnownZone_ReturnsIanaName(string input, string expected)
    {
        Assert.True(TimeZones.TryNormalize(input, out var iana));
        Assert.Equal(expected, iana);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Berlin")]
    [InlineData("../../etc/passwd")]
    [InlineData("Europe/../Europe/Berlin")]
    [InlineData("<at>Bot</at>")]
    [InlineData("Local")]
    public void TryNormalize_UnknownOrUnsafe_Refused(string? input)
    {
        Assert.False(TimeZones.TryNormalize(input, out var iana));
        Assert.Null(iana);
    }

    [Fact]
    public void DescribeOffset_BerlinInDecember_IsUtcPlusOne()
    {
        Assert.Equal("UTC+01:00", TimeZones.DescribeOffset("Europe/Berlin", new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero)));
        Assert.Equal("UTC-05:00", TimeZones.DescribeOffset("America/New_York", new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero)));
    }
}
