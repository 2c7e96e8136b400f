using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.Deals.Demo;

/// <summary>The demo deals as they stood at one weekly import.</summary>
internal sealed record DemoWeek(DateOnly AsOf, IReadOnlyList<Deal> Deals);

/// <summary>The demo team's deals, week by week, oldest first; the last week is today.</summary>
internal sealed record DemoDealHistory(DemoTeam Team, IReadOnlyList<DemoWeek> Weeks)
{
    /// <summary>
    /// The team's quota for the calendar quarter of <see cref="Today"/>, for reviews to judge coverage.
    /// </summary>
    public TeamQuota? Quota { get; init; }

    public IReadOnlyList<Deal> Current => Weeks[^1].Deals;

    public DateOnly Today => Weeks[^1].AsOf;
}
