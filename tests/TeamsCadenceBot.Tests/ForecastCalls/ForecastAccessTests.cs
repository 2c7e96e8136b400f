using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Tests.ForecastCalls;

public sealed class ForecastAccessTests
{
    private static Person P(string id) =>
        new("t", id, "Person " + id, null, null, null, "UTC", TimeZoneSource.TenantDefault, null, false);

    private static readonly IReadOnlyList<Person> Chain = [P("mgr"), P("leader"), P("vp")];
    private static readonly IReadOnlyList<Person> Reps = [P("rep-1"), P("rep-2")];

    [Theory]
    [InlineData("mgr", nameof(ForecastRole.Manager))]
    [InlineData("leader", nameof(ForecastRole.Leader))]
    [InlineData("vp", nameof(ForecastRole.Leader))]
    [InlineData("rep-2", nameof(ForecastRole.Rep))]
    [InlineData("peer-manager", nameof(ForecastRole.None))]
    public void RoleOf_Actor_FollowsTheChainAndTheTeam(string actor, string expected)
    {
        var sut = ForecastAccess.RoleOf(actor, Chain, Reps);

        Assert.Equal(Enum.Parse<ForecastRole>(expected), sut);
    }

    [Fact]
    public void RoleOf_UnknownManager_IsNone()
    {
        var sut = ForecastAccess.RoleOf("mgr", [], []);

        Assert.Equal(ForecastRole.None, sut);
    }
}
