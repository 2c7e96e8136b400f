namespace TeamsCadenceBot.ForecastCalls;

/// <summary>The manager's own commit call for one rep in a period; the latest one replaces the one before.</summary>
/// <param name="RepId">The rep's person id.</param>
/// <param name="Amount">The manager's commit for the rep.</param>
/// <param name="SetBy">Who set it.</param>
/// <param name="SetAt">When.</param>
internal sealed record ManagerCall(string RepId, decimal Amount, string SetBy, DateTimeOffset SetAt);
