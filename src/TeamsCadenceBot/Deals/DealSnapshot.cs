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
            asOf);
}
