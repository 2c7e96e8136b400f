namespace TeamsCadenceBot.PipelineReviews;

/// <summary>A review of one manager's team (or of one rep of it), ready to be shown.</summary>
/// <param name="ManagerId">The manager whose team it is.</param>
/// <param name="ManagerName">Their name.</param>
/// <param name="Today">The manager's date the review was made for.</param>
/// <param name="Reps">Each rep, worst light first.</param>
/// <param name="TeamChecks">Stage distribution, aging, coverage.</param>
/// <param name="Metrics">The team's numbers over the open and recently closed deals.</param>
/// <param name="Thresholds">The settings the review applied.</param>
/// <param name="Numbers">The numbers by rep, size band and source, for the manager and the leaders above.</param>
internal sealed record PipelineReview(
    string ManagerId,
    string ManagerName,
    DateOnly Today,
    IReadOnlyList<RepReview> Reps,
    IReadOnlyList<TeamCheck> TeamChecks,
    PipelineMetrics Metrics,
    PipelineThresholds Thresholds,
    TeamNumbers Numbers)
{
    /// <summary>A stable id for the review of this team on this day, for commitments made from it.</summary>
    public string Reference => $"review:{ManagerId}:{Format.IsoDate(Today)}";
}

/// <summary>One rep's part of a review.</summary>
/// <param name="RepId">The rep's person id.</param>
/// <param name="RepName">Their name.</param>
/// <param name="Summary">Their light and counts.</param>
/// <param name="Flagged">Their flagged open deals: critical ones first, then by value.</param>
internal sealed record RepReview(string RepId, string RepName, RepSummary Summary, IReadOnlyList<ReviewedDeal> Flagged);

/// <summary>A rep to review: their person id and name.</summary>
internal sealed record ReviewedRep(string Id, string Name);
