using System.Globalization;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;
using static TeamsCadenceBot.Tests.PipelineReviews.TestDeals;

namespace TeamsCadenceBot.Tests.PipelineReviews;

/// <summary>
/// The metrics on a small fixed dataset whose numbers are worked out by hand in each test:
/// rep A: won W1 (60K, 90-day cycle), W3 (240K, 90 days); lost L1 at discovery;
/// open O1 (discovery 40K), O2 (qualification 80K).
/// rep B: won W2 (30K, 60 days); lost L2 at proposal, L3 at negotiation, L4 never seen open;
/// open O3 (proposal 150K), O4 (negotiation 300K).
/// </summary>
public sealed class MetricsCalculatorTests
{
    private static readonly IReadOnlyList<DealHistory> Dataset = BuildDataset();

    [Fact]
    public void Compute_Dataset_CountsOpenWonAndLost()
    {
        var sut = MetricsCalculator.Compute(Dataset);

        // Open value 40K + 80K + 150K + 300K = 570K.
        Assert.Equal((4, 570_000m, 3, 4), (sut.OpenCount, sut.OpenValue, sut.WonCount, sut.LostCount));
    }

    [Fact]
    public void Compute_Dataset_WinRateCycleAverageAndVelocity()
    {
        var sut = MetricsCalculator.Compute(Dataset);

        // Win rate 3 won / (3 won + 4 lost) = 3/7.
        Assert.Equal(3m / 7m, sut.WinRate);

        // Cycle (90 + 60 + 90) / 3 = 80 days; average won value (60K + 30K + 240K) / 3 = 110K.
        Assert.Equal(80m, sut.CycleDays);
        Assert.Equal(110_000m, sut.AverageWonValue);

        // Velocity 4 open x 110K x 3/7 / 80 days = 1,320,000 / 560 = 2,357.142857... a day.
        Assert.Equal(2_357.142857m, sut.Velocity!.Value, 6);
    }

    [Fact]
    public void Compute_RemainingQuota_GivesCoverage()
    {
        // 570K open over 190K remaining = 3x.
        Assert.Equal(3m, MetricsCalculator.Compute(Dataset, 190_000m).Coverage);
        Assert.Null(MetricsCalculator.Compute(Dataset).Coverage);
    }

    [Fact]
    public void Compute_Dataset_WinRateByReachedStage()
    {
        var sut = MetricsCalculator.Compute(Dataset).WinRateByStage;

        // Closed deals that reached each stage (L4, never seen open, is left out):
        // discovery: 3 won + L1, L2, L3 = 6, 3 won -> 3/6; qualification and proposal: 3 won + L2, L3 = 5 -> 3/5;
        // negotiation: 3 won + L3 = 4 -> 3/4.
        Assert.Equal(new StageRate(3, 6), sut[DealStage.Discovery]);
        Assert.Equal(new StageRate(3, 5), sut[DealStage.Qualification]);
        Assert.Equal(new StageRate(3, 5), sut[DealStage.Proposal]);
        Assert.Equal(new StageRate(3, 4), sut[DealStage.Negotiation]);
        Assert.Equal(0.75m, sut[DealStage.Negotiation].Rate);
    }

    [Fact]
    public void Compute_Dataset_StageToStageConversion()
    {
        var sut = MetricsCalculator.Compute(Dataset).Conversion;

        // discovery -> qualification: reached qualification W1-3, L2, L3, O2, O3, O4 = 8; died at discovery L1 -> 8/9.
        // qualification -> proposal: reached proposal W1-3, L2, L3, O3, O4 = 7; none died -> 7/7.
        // proposal -> negotiation: reached negotiation W1-3, L3, O4 = 5; died at proposal L2 -> 5/6.
        // negotiation -> won: 3 won; died at negotiation L3 -> 3/4.
        Assert.Equal(new StageRate(8, 9), sut[DealStage.Discovery]);
        Assert.Equal(new StageRate(7, 7), sut[DealStage.Qualification]);
        Assert.Equal(new StageRate(5, 6), sut[DealStage.Proposal]);
        Assert.Equal(new StageRate(3, 4), sut[DealStage.Negotiation]);
        Assert.Equal(1m, sut[DealStage.Qualification].Rate);
    }

    [Fact]
    public void Compute_Dataset_AverageDaysOfFinishedStays()
    {
        var sut = MetricsCalculator.Compute(Dataset).AverageDaysInStage;

        // discovery: W1 20, W2 10, L1 15, O2 30 -> 75/4 = 18.75; qualification: W1 20, W2 40 -> 30
        // (O2 is still there, so its stay is left out); proposal: W1 30; negotiation: W1 20, W2 10 -> 15.
        Assert.Equal(18.75m, sut[DealStage.Discovery]);
        Assert.Equal(30m, sut[DealStage.Qualification]);
        Assert.Equal(30m, sut[DealStage.Proposal]);
        Assert.Equal(15m, sut[DealStage.Negotiation]);
    }

    [Fact]
    public void Compute_NoClosedDeals_NullNotZero()
    {
        var sut = MetricsCalculator.Compute([.. Dataset.Where(h => h.Deal.IsOpen)]);

        Assert.Null(sut.WinRate);
        Assert.Null(sut.CycleDays);
        Assert.Null(sut.AverageWonValue);
        Assert.Null(sut.Velocity);
        Assert.Null(sut.WinRateByStage[DealStage.Discovery].Rate);
        Assert.Null(sut.Conversion[DealStage.Negotiation].Rate);
    }

    [Fact]
    public void Compute_Nothing_NullEverywhere()
    {
        var sut = MetricsCalculator.Compute([]);

        Assert.Equal((0, 0m), (sut.OpenCount, sut.OpenValue));
        Assert.All(sut.AverageDaysInStage.Values, days => Assert.Null(days));
        Assert.All(sut.Conversion.Values, rate => Assert.Null(rate.Rate));
    }

    [Fact]
    public void BySegment_Rep_WinRateAndCycleOfEach()
    {
        var sut = MetricsCalculator.BySegment(Dataset, MetricsCalculator.Rep);

        // A: won W1, W3, lost L1 -> 2/3, cycle (90 + 90) / 2 = 90; B: won W2, lost L2, L3, L4 -> 1/4, cycle 60.
        Assert.Equal(2m / 3m, sut["rep-a"].WinRate);
        Assert.Equal(90m, sut["rep-a"].CycleDays);
        Assert.Equal(0.25m, sut["rep-b"].WinRate);
        Assert.Equal(60m, sut["rep-b"].CycleDays);

        // A's velocity: 2 open x 150K average won x 2/3 / 90 days = 200,000 / 90 = 2,222.22... a day.
        Assert.Equal(2_222.222222m, sut["rep-a"].Velocity!.Value, 6);
    }

    [Fact]
    public void BySegment_SizeBand_WinRateOfEach()
    {
        var sut = MetricsCalculator.BySegment(Dataset, MetricsCalculator.SizeBand);

        // under 50K: W2 30K won, L1 20K and L4 10K lost -> 1/3 (O1 40K is open);
        // 50K to 200K: W1 60K won, L2 100K and L3 50K lost -> 1/3; over 200K: W3 240K won -> 1/1.
        Assert.Equal(1m / 3m, sut[DealSizeBands.Small].WinRate);
        Assert.Equal(1m / 3m, sut[DealSizeBands.Medium].WinRate);
        Assert.Equal(1m, sut[DealSizeBands.Large].WinRate);
        Assert.Equal(1, sut[DealSizeBands.Small].OpenCount);
    }

    [Fact]
    public void BySegment_Source_WinRateOfEach()
    {
        var sut = MetricsCalculator.BySegment(Dataset, MetricsCalculator.Source);

        // Inbound: W1, W3 won, L1 lost -> 2/3; Outbound: W2 won, L2 lost -> 1/2; Partner: L3 lost -> 0; no source: L4 -> 0.
        Assert.Equal(2m / 3m, sut["Inbound"].WinRate);
        Assert.Equal(0.5m, sut["Outbound"].WinRate);
        Assert.Equal(0m, sut["Partner"].WinRate);
        Assert.Equal(0m, sut["no source"].WinRate);
    }

    [Theory]
    [InlineData(null, DealSizeBands.Unknown)]
    [InlineData("49999.99", DealSizeBands.Small)]
    [InlineData("50000", DealSizeBands.Medium)]
    [InlineData("200000", DealSizeBands.Medium)]
    [InlineData("200000.01", DealSizeBands.Large)]
    public void SizeBand_Amount_BandEdgesIncludeFiftyAndTwoHundredThousandInTheMiddle(string? amount, string expected)
    {
        var value = amount is null ? (decimal?)null : decimal.Parse(amount, CultureInfo.InvariantCulture);

        Assert.Equal(expected, DealSizeBands.Of(value));
    }

    [Fact]
    public void Find_RepBelowTeam_SuggestsTheWidestGap()
    {
        var team = MetricsCalculator.Compute(Dataset);
        var repB = MetricsCalculator.BySegment(Dataset, MetricsCalculator.Rep)["rep-b"];

        // B: proposal -> negotiation 3/4 = 75% against the team's 5/6 = 83% (gap 8 points, 4 decided);
        // negotiation -> won 1/2 = 50% against 3/4 = 75% (gap 25 points, 2 decided).
        var sut = CoachingSuggestion.Find(repB, team, minimumDecided: 2);

        Assert.Equal(DealStage.Negotiation, sut!.Stage);
        Assert.Equal((0.5m, 0.75m), (sut.RepRate, sut.TeamRate));
        Assert.Equal("From negotiation to won: 50% against the team's 75%. Coach on negotiation.", sut.Text);
    }

    [Fact]
    public void Find_TooFewDecidedAtTheWidestGap_TakesTheNextGap()
    {
        var team = MetricsCalculator.Compute(Dataset);
        var repB = MetricsCalculator.BySegment(Dataset, MetricsCalculator.Rep)["rep-b"];

        var sut = CoachingSuggestion.Find(repB, team, minimumDecided: 3);

        Assert.Equal(DealStage.Proposal, sut!.Stage);
    }

    [Fact]
    public void Find_NotEnoughDecidedAnywhere_Null()
    {
        var team = MetricsCalculator.Compute(Dataset);
        var repB = MetricsCalculator.BySegment(Dataset, MetricsCalculator.Rep)["rep-b"];

        Assert.Null(CoachingSuggestion.Find(repB, team, minimumDecided: 6));
    }

    [Fact]
    public void Find_RepAboveTeamEverywhere_Null()
    {
        var team = MetricsCalculator.Compute(Dataset);

        Assert.Null(CoachingSuggestion.Find(team, team, minimumDecided: 1));
    }

    private static IReadOnlyList<DealHistory> BuildDataset()
    {
        var d = DealStage.Discovery;
        var q = DealStage.Qualification;
        var p = DealStage.Proposal;
        var n = DealStage.Negotiation;
        return
        [
            new(Closed("W1", DealStage.ClosedWon, 60_000m, Date(6, 1), Date(8, 30), "rep-a"), n,
                [
                    Visit(d, Date(6, 1), Date(6, 21)),
                    Visit(q, Date(6, 21), Date(7, 11)),
                    Visit(p, Date(7, 11), Date(8, 10)),
                    Visit(n, Date(8, 10), Date(8, 30)),
                ]),
            new(Closed("W2", DealStage.ClosedWon, 30_000m, Date(7, 1), Date(8, 30), "rep-b", "Outbound"), n,
                [Visit(d, Date(7, 1), Date(7, 11)), Visit(q, Date(7, 11), Date(8, 20)), Visit(n, Date(8, 20), Date(8, 30))]),
            new(Closed("W3", DealStage.ClosedWon, 240_000m, Date(8, 1), Date(10, 30), "rep-a"), null, []),
            new(Closed("L1", DealStage.ClosedLost, 20_000m, Date(9, 1), Date(9, 16), "rep-a"), d,
                [Visit(d, Date(9, 1), Date(9, 16))]),
            new(Closed("L2", DealStage.ClosedLost, 100_000m, Date(8, 1), Date(10, 1), "rep-b", "Outbound"), p, []),
            new(Closed("L3", DealStage.ClosedLost, 50_000m, Date(8, 1), Date(11, 1), "rep-b", "Partner"), n, []),
            new(Closed("L4", DealStage.ClosedLost, 10_000m, Date(8, 1), Date(11, 5), "rep-b", null), null, []),
            new(Healthy("O1", "rep-a", d, 40_000m), d, []),
            new(Healthy("O2", "rep-a", q, 80_000m), q, [Visit(d, Date(10, 1), Date(10, 31)), Visit(q, Date(10, 31), null)]),
            new(Healthy("O3", "rep-b", p, 150_000m), p, []),
            new(Healthy("O4", "rep-b", n, 300_000m), n, []),
        ];
    }

    private static DateOnly Date(int month, int day) => new(2026, month, day);

    private static StageVisit Visit(DealStage stage, DateOnly entered, DateOnly? left) => new(stage, entered, left);
}
