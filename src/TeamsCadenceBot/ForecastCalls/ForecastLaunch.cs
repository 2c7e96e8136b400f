namespace TeamsCadenceBot.ForecastCalls;

/// <summary>What launching a call came to: the call, or the reason it was refused.</summary>
/// <param name="Call">The call posted; null when refused.</param>
/// <param name="Refusal">Why nothing was launched; null when it was.</param>
/// <param name="Period">The period, when one was understood.</param>
internal sealed record ForecastLaunch(ForecastCallRecord? Call, string? Refusal, ForecastPeriod? Period)
{
    public static ForecastLaunch Refused(string reason) => new(null, reason, null);
}
