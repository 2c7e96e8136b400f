namespace TeamsCadenceBot.Deals;

/// <summary>
/// What a deal looked like in one week: written by every import, kept per ISO week, so that stage moves,
/// slipped close dates, amount and category changes between two weeks can be shown.
/// </summary>
internal sealed record DealSnapshot(
    string CrmId,
    string Name,
    string OwnerId,
    DealStage Stage,
    decimal? Amount,
    DateOnly? CloseDate,
    ForecastCategory Category,
    IsoWeek Week,
    DateOnly AsOf)
{
    /// <summary>
    /// The next step the deal had then, so that a review can tell whether the step promised at the previous review
    /// was missed. Null when the deal had none, or when the snapshot was written before snapshots kept it.
    /// </summary>
    public string? NextStep { get; init; }

    /// <summary>When that next step was due; null when none was given or not known.</summary>
    public DateOnly? NextStepDate { get; init; }

    public static DealSnapshot Of(Deal deal, DateOnly asOf) =>
        new(
            deal.CrmId,
            deal.Name,
            deal.OwnerId,
            deal.Stage,
            deal.Amount,
            deal.CloseDate,
            deal.Category,
            IsoWeek.Of(asOf),
            asOf)
        {
            NextStep = deal.NextStep,
            NextStepDate = deal.NextStepDate,
        };
}
