namespace TeamsCadenceBot.ForecastCalls;

/// <summary>A rep's call adjusted by how their past calls turned out.</summary>
/// <param name="Bias">
/// Mean of closed won over final commit across past periods (1.1 lands 10% over); null without history.
/// </param>
/// <param name="Adjusted">The commit times the bias; null without history.</param>
/// <param name="Periods">How many past periods the bias rests on.</param>
internal sealed record CalibratedForecast(decimal? Bias, decimal? Adjusted, int Periods)
{
    public bool HasHistory => Bias is not null;
}
