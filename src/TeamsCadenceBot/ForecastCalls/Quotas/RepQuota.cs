namespace TeamsCadenceBot.ForecastCalls.Quotas;

/// <summary>A rep's quota for one period, and who set it when (an import names the file it came from).</summary>
/// <param name="RepId">The rep's person id.</param>
/// <param name="PeriodKey">The period, as <see cref="ForecastPeriod.Key"/>.</param>
/// <param name="Amount">The quota, in the team's currency; never negative.</param>
/// <param name="SetBy">The person id of the manager who set it, or <c>import:{file name}</c>.</param>
/// <param name="SetAt">When it was set.</param>
internal sealed record RepQuota(string RepId, string PeriodKey, decimal Amount, string SetBy, DateTimeOffset SetAt);
