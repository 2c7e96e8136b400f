using TeamsCadenceBot.Delivery;

namespace TeamsCadenceBot.Tests.Delivery;

public sealed class TeamsRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static int ReserveMany(TeamsRateLimiter sut, string tenant, string conversation, DateTimeOffset at, int count) =>
        Enumerable.Range(0, count).Count(_ => sut.TryReserve(tenant, conversation, at) == TimeSpan.Zero);

    [Fact]
    public void TryReserve_EighthSendInOneSecond_WaitsForTheFirstToLeaveTheWindow()
    {
        var sut = new TeamsRateLimiter();

        var allowed = ReserveMany(sut, "t", "c", Start, 7);
        var wait = sut.TryReserve("t", "c", Start.AddMilliseconds(400));

        Assert.Equal(7, allowed);
        Assert.Equal(TimeSpan.FromMilliseconds(600), wait);
    }

    [Fact]
    public void TryReserve_NinthSendInTwoSeconds_WaitsForTheTwoSecondWindow()
    {
        var sut = new TeamsRateLimiter();
        ReserveMany(sut, "t", "c", Start, 7);

        var eighth = sut.TryReserve("t", "c", Start.AddSeconds(1));
        var ninth = sut.TryReserve("t", "c", Start.AddSeconds(1));

        Assert.Equal(TimeSpan.Zero, eighth);
        Assert.Equal(TimeSpan.FromSeconds(1), ninth);
    }

    [Fact]
    public void TryReserve_SixtyFirstSendInThirtySeconds_Waits()
    {
        var sut = new TeamsRateLimiter();
        var sent = 0;
        for (var second = 0; second < 30 && sent < 60; second += 2)
        {
            sent += ReserveMany(sut, "t", "c", Start.AddSeconds(second), 8);
        }

        var wait = sut.TryReserve("t", "c", Start.AddSeconds(29));

        Assert.Equal(60, sent);
        Assert.True(wait > TimeSpan.Zero);
    }

    [Fact]
    public void TryReserve_FiftyFirstRequestOfATenantInOneSecond_Waits()
    {
        var sut = new TeamsRateLimiter();

        var allowed = Enumerable.Range(0, 50).Count(i => sut.TryReserve("t", $"c{i}", Start) == TimeSpan.Zero);
        var otherConversation = sut.TryReserve("t", "c-new", Start.AddMilliseconds(10));
        var otherTenant = sut.TryReserve("t2", "c-new", Start.AddMilliseconds(10));

        Assert.Equal(50, allowed);
        Assert.Equal(TimeSpan.FromMilliseconds(990), otherConversation);
        Assert.Equal(TimeSpan.Zero, otherTenant);
    }

    [Fact]
    public void PauseTenant_BlocksEveryConversationOfThatTenantUntilRetryAfter()
    {
        var sut = new TeamsRateLimiter();

        sut.PauseTenant("t", Start.AddSeconds(5));

        Assert.Equal(TimeSpan.FromSeconds(5), sut.TryReserve("t", "c", Start));
        Assert.Equal(TimeSpan.Zero, sut.TryReserve("t2", "c", Start));
        Assert.Equal(TimeSpan.Zero, sut.TryReserve("t", "c", Start.AddSeconds(5)));
    }

    [Fact]
    public void Complete_SlowRequest_CountsFromWhenItsAnswerArrived()
    {
        var sut = new TeamsRateLimiter();
        ReserveMany(sut, "t", "c", Start, 7);
        for (var i = 0; i < 7; i++)
        {
            sut.Complete("t", "c", Start, Start.AddMilliseconds(500));
        }

        var wait = sut.TryReserve("t", "c", Start.AddSeconds(1));

        Assert.Equal(TimeSpan.FromMilliseconds(500), wait);
    }

    [Fact]
    public void TryReserve_WithoutConversation_CountsAgainstTheTenantOnly()
    {
        var sut = new TeamsRateLimiter();

        var allowed = Enumerable.Range(0, 20).Count(_ => sut.TryReserve("t", null, Start) == TimeSpan.Zero);

        Assert.Equal(20, allowed);
    }

    [Fact]
    public void TryReserve_EighteenHundredSendsPacedUnderTheShortWindows_AllowsThemAll()
    {
        var sut = new TeamsRateLimiter();

        var refused = ReservePacedForAnHour(sut, 1800).Count(w => w != TimeSpan.Zero);

        Assert.Equal(0, refused);
    }

    [Fact]
    public void TryReserve_EighteenHundredAndFirstSendInAnHour_WaitsUntilTheOldestLeavesTheHour()
    {
        var sut = new TeamsRateLimiter();
        ReservePacedForAnHour(sut, 1800);

        var next = sut.TryReserve("t", "c", Start.AddSeconds(900));
        var justBefore = sut.TryReserve("t", "c", Start.AddHours(1).AddTicks(-1));
        var otherConversation = sut.TryReserve("t", "c2", Start.AddSeconds(900));

        Assert.Equal(TimeSpan.FromSeconds(2700), next);
        Assert.Equal(TimeSpan.FromTicks(1), justBefore);
        Assert.Equal(TimeSpan.Zero, otherConversation);
    }

    [Fact]
    public void TryReserve_OldestSendLeftTheHour_AllowsOneMoreAndWaitsForTheNextOldest()
    {
        var sut = new TeamsRateLimiter();
        ReservePacedForAnHour(sut, 1800);

        var whenTheOldestLeft = sut.TryReserve("t", "c", Start.AddHours(1));
        var right = sut.TryReserve("t", "c", Start.AddHours(1));

        Assert.Equal(TimeSpan.Zero, whenTheOldestLeft);
        Assert.Equal(TimeSpan.FromMilliseconds(500), right);
    }

    // One send to one conversation every half second: 60 in any 30 s, so only the hour's limit can refuse one.
    private static List<TimeSpan> ReservePacedForAnHour(TeamsRateLimiter sut, int count) =>
        [.. Enumerable.Range(0, count).Select(i => sut.TryReserve("t", "c", Start.AddMilliseconds(500 * i)))];
}
