namespace TeamsCadenceBot.ForecastCalls.Quotas;

/// <summary>A quota sheet to show, or why not: <see cref="Forbidden"/> for an authorization refusal.</summary>
internal sealed record QuotaOutcome(QuotaSheet? Sheet, string? Refusal, bool Forbidden)
{
    public static QuotaOutcome Shown(QuotaSheet sheet) => new(sheet, null, false);

    public static QuotaOutcome Refused(string reason) => new(null, reason, false);

    public static QuotaOutcome NotAllowed(string reason) => new(null, reason, true);
}
