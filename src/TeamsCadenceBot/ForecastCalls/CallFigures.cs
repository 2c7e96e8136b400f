namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// A call per category for one period. The categories are cumulative, as the CRM rolls them up: commit includes
/// what is already closed won, best case includes commit, pipeline includes best case.
/// </summary>
internal sealed record CallFigures(decimal Commit, decimal BestCase, decimal Pipeline);
