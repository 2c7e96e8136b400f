using System.Net.Http.Headers;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Teams.Tests.Connector;

public sealed class ConnectorBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(8);
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 1.0, 1000)]
    [InlineData(2, 0.5, 1500)]
    [InlineData(3, 1.0, 4000)]
    [InlineData(4, 1.0, 8000)]
    [InlineData(6, 1.0, 8000)]
    [InlineData(6, 0.0, 4000)]
    public void Exponential_RetryAndSample_DoublesWithJitterUnderTheCap(int retry, double sample, int expectedMs)
    {
        var delay = ConnectorBackoff.Exponential(retry, sample, Base, Cap);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), delay);
    }

    [Fact]
    public void FromRetryAfter_Seconds_ReturnsThatDelay()
    {
        var delay = ConnectorBackoff.FromRetryAfter(RetryConditionHeaderValue.Parse("30"), Now);

        Assert.Equal(TimeSpan.FromSeconds(30), delay);
    }

    [Fact]
    public void FromRetryAfter_FutureDate_ReturnsTimeUntilThen()
    {
        var header = new RetryConditionHeaderValue(Now.AddSeconds(45));

        var delay = ConnectorBackoff.FromRetryAfter(header, Now);

        Assert.Equal(TimeSpan.FromSeconds(45), delay);
    }

    [Fact]
    public void FromRetryAfter_PastDate_ReturnsZero()
    {
        var header = new RetryConditionHeaderValue(Now.AddSeconds(-45));

        var delay = ConnectorBackoff.FromRetryAfter(header, Now);

        Assert.Equal(TimeSpan.Zero, delay);
    }

    [Fact]
    public void FromRetryAfter_NoHeader_ReturnsNull()
    {
        var delay = ConnectorBackoff.FromRetryAfter(null, Now);

        Assert.Null(delay);
    }
}
