namespace TeamsCadenceBot.ForecastCalls;

/// <summary>How one rep's forecast of a closed period turned out.</summary>
/// <param name="RepId">The rep's person id.</param>
/// <param name="Won">Closed won in the period, as the deals stood when it was measured.</param>
/// <param name="FinalCommit">The commit of the period's last call; null when no call had the rep.</param>
/// <param name="Accuracy">The mean commit accuracy over the period's calls; null when no call had a commit.</param>
/// <param name="Calls">How many calls had a commit for the rep.</param>
internal sealed record RepOutcome(string RepId, decimal Won, decimal? FinalCommit, decimal? Accuracy, int Calls);
