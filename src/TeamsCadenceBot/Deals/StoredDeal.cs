namespace TeamsCadenceBot.Deals;

/// <summary>
/// What an upsert keeps in memory of each stored deal of the tenant: enough to tell an unchanged deal, to move
/// an owner's copy, and to derive the history fields, without reading the deal whole.
/// </summary>
internal sealed record StoredDeal(
    string OwnerId,
    UInt128 ImportHash,
    DealStage Stage,
    DateOnly? CloseDate,
    DateOnly? StageEnteredDate,
    int CloseDatePushCount,
    DateOnly CreatedDate)
{
    public static StoredDeal Of(Deal deal, UInt128 importHash) =>
        new(
            deal.OwnerId,
            importHash,
            deal.Stage,
            deal.CloseDate,
            deal.StageEnteredDate,
            deal.CloseDatePushCount,
            deal.CreatedDate);
}
