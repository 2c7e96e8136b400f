namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// Each rep's historical bias: over the last closed periods
/// (at most <see cref="ForecastThresholds.CalibrationPeriods"/>) in which the rep had a final commit above zero,
/// the mean of what closed won over that commit. The calibrated forecast is today's commit times that bias. A rep
/// with no such period gets no figure.
/// </summary>
internal static class Calibration
{
    /// <param name="repId">The rep.</param>
    /// <param name="commit">The commit to adjust: the rep's call, else the CRM's.</param>
    /// <param name="history">Past periods' results, newest first.</param>
    /// <param name="periods">How many periods with a commit count at most.</param>
    public static CalibratedForecast For(string repId, decimal commit, IEnumerable<PeriodResult> history, int periods)
    {
        var ratios = history
            .Select(r => r.Reps.FirstOrDefault(o => o.RepId == repId))
            .Where(o => o is { FinalCommit: > 0m })
            .Take(Math.Max(0, periods))
            .Select(o => o!.Won / o.FinalCommit!.Value)
            .ToList();
        if (ratios.Count == 0)
        {
            return new CalibratedForecast(null, null, 0);
        }

        var bias = ratios.Average();
        return new CalibratedForecast(bias, commit * bias, ratios.Count);
    }
}
