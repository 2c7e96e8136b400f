namespace TeamsCadenceBot.Deals;

/// <summary>
/// Fills the fields a source did not carry from the previous import of the same deal: the date the deal entered
/// its stage, how often its close date was pushed, and when it was created.
/// </summary>
internal static class DealDerivation
{
    public static Deal Apply(IncomingDeal incoming, StoredDeal? stored, DateOnly asOf)
    {
        var deal = incoming.Deal;
        var derive = incoming.Derive;
        var sameStage = stored is not null && stored.Stage == deal.Stage;

        var stageEntered = deal.StageEnteredDate;
        if (derive.HasFlag(DerivedFields.StageEnteredDate) || stageEntered is null)
        {
            stageEntered = sameStage ? stored!.StageEnteredDate ?? asOf : asOf;
        }

        var pushCount = deal.CloseDatePushCount;
        if (derive.HasFlag(DerivedFields.CloseDatePushCount))
        {
            pushCount = stored is null ? 0 : stored.CloseDatePushCount + (Pushed(stored.CloseDate, deal.CloseDate) ? 1 : 0);
        }

        var created = derive.HasFlag(DerivedFields.CreatedDate) ? stored?.CreatedDate ?? asOf : deal.CreatedDate;
        return deal with { StageEnteredDate = stageEntered, CloseDatePushCount = pushCount, CreatedDate = created };
    }

    private static bool Pushed(DateOnly? before, DateOnly? after) => before is { } was && after is { } now && now > was;
}
