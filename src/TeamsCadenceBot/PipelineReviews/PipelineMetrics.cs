using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// The numbers of a set of deals (a team, a rep, a size band, a source). A null value means there was
/// nothing to divide by: not enough data, never zero.
/// </summary>
/// <param name="OpenCount">Open deals.</param>
/// <param name="OpenValue">Their value.</param>
/// <param name="WonCount">Deals won.</param>
/// <param name="LostCount">Deals lost.</param>
/// <param name="WinRate">Won over won and lost.</param>
/// <param name="WinRateByStage">For each open stage: of the closed deals that reached it, the share won.</param>
/// <param name="Conversion">
/// For each open stage: of the deals that reached it and then moved on or died there, the share that reached
/// the next stage (negotiation's next is won).
/// </param>
/// <param name="AverageDaysInStage">For each open stage: the mean length of finished stays there.</param>
/// <param name="CycleDays">The mean days from creation to close of won deals.</param>
/// <param name="AverageWonValue">The mean amount of won deals.</param>
/// <param name="Velocity">Open deals x average won value x win rate / cycle days: value per day.</param>
/// <param name="Coverage">Open value over the remaining quota.</param>
internal sealed record PipelineMetrics(
    int OpenCount,
    decimal OpenValue,
    int WonCount,
    int LostCount,
    decimal? WinRate,
    IReadOnlyDictionary<DealStage, StageRate> WinRateByStage,
    IReadOnlyDictionary<DealStage, StageRate> Conversion,
    IReadOnlyDictionary<DealStage, decimal?> AverageDaysInStage,
    decimal? CycleDays,
    decimal? AverageWonValue,
    decimal? Velocity,
    decimal? Coverage);

/// <summary>A rate with what it was computed from.</summary>
/// <param name="Hits">Deals that counted as a success (won, or advanced).</param>
/// <param name="Decided">Deals whose outcome is known; the denominator.</param>
internal sealed record StageRate(int Hits, int Decided)
{
    /// <summary>Hits over decided; null when nothing was decided.</summary>
    public decimal? Rate => Decided == 0 ? null : (decimal)Hits / Decided;
}
