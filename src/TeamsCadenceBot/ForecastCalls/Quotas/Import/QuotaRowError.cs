namespace TeamsCadenceBot.ForecastCalls.Quotas.Import;

/// <summary>A rejected record: the line it starts on, the rep as written (empty when none), and why.</summary>
internal sealed record QuotaRowError(long Line, string Rep, string Reason);
