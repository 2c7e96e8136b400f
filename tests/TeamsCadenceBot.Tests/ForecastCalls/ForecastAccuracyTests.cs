using TeamsCadenceBot.ForecastCalls;

namespace TeamsCadenceBot.Tests.ForecastCalls;

public sealed class ForecastAccuracyTests
{
    private static readonly DateTimeOffset At = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    private static CallSnapshot Snapshot(string call, string rep, decimal crmCommit, decimal? repCommit = null) =>
        new(
            call,
            rep,
            At,
            null,
            0m,
            new CallFigures(crmCommit, crmCommit, crmCommit),
            repCommit is { } c ? new CallFigures(c, c, c) : null,
            null);

    [Theory]
    [InlineData(100, 90, 0.9)]
    [InlineData(100, 110, 0.9)]
    [InlineData(100, 100, 1.0)]
    [InlineData(100, 250, 0.0)]
    public void Of_MissAsShareOfCommit_IsAccuracy(int commit, int won, double expected)
    {
        var sut = ForecastAccuracy.Of(commit, won);

        Assert.Equal((decimal)expected, sut);
    }

    [Fact]
    public void Of_ZeroCommit_HasNoAccuracy()
    {
        Assert.Null(ForecastAccuracy.Of(0m, 10m));
    }

    [Fact]
    public void Measure_NoSnapshots_HasNoReps()
    {
        var sut = ForecastAccuracy.Measure("FY2026-Q4", [], [], new Dictionary<string, decimal>(), At);

        Assert.Empty(sut.Reps);
        Assert.Null(sut.TeamAccuracy);
        Assert.Equal(0, sut.Calls);
    }

    [Fact]
    public void Measure_TwoCalls_AveragesEachRepAndTheTeam()
    {
        // Ana called 100 then 120 and won 110: 90% and 1 - 10/120; Ben never called, the CRM said 50, he won 40: 80%.
        // Team: 150 against 150 won is 100%, then 170 against 150 is 1 - 20/170.
        var snapshots = new[]
        {
            Snapshot("c2", "ana", 90m, 120m),
            Snapshot("c1", "ana", 90m, 100m),
            Snapshot("c1", "ben", 50m),
            Snapshot("c2", "ben", 50m),
            Snapshot("stray", "ana", 1m),
        };

        var sut = ForecastAccuracy.Measure(
            "FY2026-Q4",
            ["c1", "c2"],
            snapshots,
            new Dictionary<string, decimal> { ["ana"] = 110m, ["ben"] = 40m },
            At);

        var ana = sut.Reps[0];
        Assert.Equal(("ana", 110m, 120m, 2), (ana.RepId, ana.Won, ana.FinalCommit, ana.Calls));
        Assert.Equal((0.9m + (1m - 10m / 120m)) / 2m, ana.Accuracy!.Value, 10);
        Assert.Equal(0.8m, sut.Reps[1].Accuracy!.Value, 10);
        Assert.Equal((1m + (1m - 20m / 170m)) / 2m, sut.TeamAccuracy!.Value, 10);
        Assert.Equal(2, sut.Calls);
    }

    [Fact]
    public void Measure_RepWhoWonNothing_HasZeroAccuracy()
    {
        var sut = ForecastAccuracy.Measure(
            "FY2026-Q4",
            ["c1"],
            [Snapshot("c1", "ana", 100m)],
            new Dictionary<string, decimal>(),
            At);

        Assert.Equal(0m, Assert.Single(sut.Reps).Accuracy);
    }
}
