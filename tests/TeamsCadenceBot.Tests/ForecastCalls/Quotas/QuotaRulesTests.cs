using TeamsCadenceBot.ForecastCalls.Quotas;
using TeamsCadenceBot.Tests.Deals;

namespace TeamsCadenceBot.Tests.ForecastCalls.Quotas;

public sealed class QuotaRulesTests
{
    private static readonly QuotaLine[] Reps = [new("r1", "Alex", 100m), new("r2", "Lee", null)];

    [Fact]
    public void Changes_NewAndChangedAmounts_OnlyThoseThatDiffer()
    {
        var typed = new Dictionary<string, string?> { ["r1"] = "100", ["r2"] = "1,500.50" };

        var sut = QuotaRules.Changes(Reps, typed, out var refusal);

        Assert.Null(refusal);
        Assert.Equal([("r2", 1500.50m)], sut!);
    }

    [Fact]
    public void Changes_FieldOfSomeoneNotOnTheTeam_Ignored()
    {
        var sut = QuotaRules.Changes(Reps, new Dictionary<string, string?> { ["stranger"] = "5" }, out _);

        Assert.Empty(sut!);
    }

    [Fact]
    public void Changes_ZeroQuota_Accepted()
    {
        var sut = QuotaRules.Changes(Reps, new Dictionary<string, string?> { ["r1"] = "0" }, out _);

        Assert.Equal([("r1", 0m)], sut!);
    }

    [Fact]
    public void MaySetTeamQuotas_ManagerOrLeaderAbove_YesOthersNo()
    {
        var chain = new[]
        {
            TestPeople.Person(TestPeople.AlexId, "Alex", TestPeople.AlexEmail),
            TestPeople.Person(TestPeople.MeganId, "Megan", TestPeople.MeganEmail),
        };

        Assert.True(QuotaRules.MaySetTeamQuotas(TestPeople.AlexId, chain));
        Assert.True(QuotaRules.MaySetTeamQuotas(TestPeople.MeganId, chain));
        Assert.False(QuotaRules.MaySetTeamQuotas(TestPeople.DiegoId, chain));
    }
}
