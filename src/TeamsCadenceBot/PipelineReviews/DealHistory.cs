using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>A deal now and the stages it went through, as far as the snapshots tell.</summary>
/// <param name="Deal">The deal as it stands.</param>
/// <param name="FurthestOpenStage">The latest open stage it was ever seen in; null when never seen open.</param>
/// <param name="Visits">Its stays in open stages, oldest first.</param>
internal sealed record DealHistory(Deal Deal, DealStage? FurthestOpenStage, IReadOnlyList<StageVisit> Visits)
{
    /// <summary>
    /// Whether the deal reached <paramref name="stage"/>: a won deal passed every stage; an open or lost
    /// deal reached every stage up to the furthest it was seen in. Null for a lost deal never seen open.
    /// </summary>
    public bool? Reached(DealStage stage) => Deal.Stage switch
    {
        DealStage.ClosedWon => true,
        _ when stage == DealStage.ClosedWon => false,
        _ when FurthestOpenStage is { } furthest => furthest >= stage,
        _ => null,
    };
}

/// <summary>A stay in one open stage.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Entered">When the deal entered it.</param>
/// <param name="Left">When it moved on (to another stage or closed); null while it is still there.</param>
internal sealed record StageVisit(DealStage Stage, DateOnly Entered, DateOnly? Left)
{
    public int? Days => Left is { } left ? left.DayNumber - Entered.DayNumber : null;
}

/// <summary>The deals of one weekly snapshot, taken on <paramref name="TakenOn"/>.</summary>
internal sealed record PipelineSnapshot(DateOnly TakenOn, IReadOnlyList<Deal> Deals);
