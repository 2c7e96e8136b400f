namespace TeamsCadenceBot.ForecastCalls.Quotas;

/// <summary>One rep on a quota sheet: who, and their quota for the sheet's period when one is set.</summary>
internal sealed record QuotaLine(string RepId, string RepName, decimal? Amount);
