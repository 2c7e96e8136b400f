using TeamsCadenceBot.ForecastCalls;

namespace TeamsCadenceBot.Tests.ForecastCalls;

public sealed class CalibrationTests
{
    private static readonly DateTimeOffset At = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    private static PeriodResult Result(string period, decimal won, decimal? finalCommit, string rep = "ana") =>
        new(period, At, [new RepOutcome(rep, won, finalCommit, null, 1)], null, 1);

    [Fact]
    public void For_NoHistory_GivesNoFigure()
    {
        var sut = Calibration.For("ana", 200m, [], 4);

        Assert.False(sut.HasHistory);
        Assert.Null(sut.Adjusted);
        Assert.Equal(0, sut.Periods);
    }

    [Fact]
    public void For_OnePeriodLandingUnder_ScalesTheCommitDown()
    {
        var sut = Calibration.For("ana", 200m, [Result("FY2026-Q3", 90m, 100m)], 4);

        Assert.Equal(0.9m, sut.Bias);
        Assert.Equal(180m, sut.Adjusted);
        Assert.Equal(1, sut.Periods);
    }

    [Fact]
    public void For_SeveralPeriods_AveragesTheNewestUpToTheLimit()
    {
        var history = new[]
        {
            Result("FY2026-Q3", 120m, 100m),
            Result("FY2026-Q2", 50m, 0m),
            Result("FY2026-Q1", 80m, 100m),
            Result("FY2025-Q4", 10m, 100m, rep: "ben"),
            Result("FY2025-Q3", 10m, 100m),
        };

        var sut = Calibration.For("ana", 100m, history, 2);

        Assert.Equal(1.0m, sut.Bias);
        Assert.Equal(100m, sut.Adjusted);
        Assert.Equal(2, sut.Periods);
    }

    [Fact]
    public void For_OnlyPeriodsWithoutACommit_GivesNoFigure()
    {
        var sut = Calibration.For("ana", 100m, [Result("FY2026-Q3", 40m, null), Result("FY2026-Q2", 40m, 0m)], 4);

        Assert.False(sut.HasHistory);
    }
}
