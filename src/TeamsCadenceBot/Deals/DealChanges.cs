namespace TeamsCadenceBot.Deals;

/// <summary>Compares two weekly snapshots of one owner's deals: what is new, advanced, slipped, lost and so on.</summary>
internal static class DealChanges
{
    /// <summary>
    /// The deals that changed from <paramref name="earlier"/> to <paramref name="later"/>, in the later week's
    /// order and then the removed ones; unchanged deals are left out.
    /// </summary>
    public static IReadOnlyList<DealChange> Between(
        IReadOnlyCollection<DealSnapshot> earlier,
        IReadOnlyCollection<DealSnapshot> later)
    {
        var before = earlier.ToDictionary(s => s.CrmId, StringComparer.Ordinal);
        var changes = new List<DealChange>();
        foreach (var after in later)
        {
            var previous = before.GetValueOrDefault(after.CrmId);
            before.Remove(after.CrmId);
            var kinds = previous is null ? DealChangeKinds.New : Compare(previous, after);
            if (kinds != DealChangeKinds.None)
            {
                changes.Add(new DealChange(after.CrmId, kinds, previous, after));
            }
        }

        changes.AddRange(before.Values.Select(gone => new DealChange(gone.CrmId, DealChangeKinds.Removed, gone, null)));
        return changes;
    }

    public static DealChangeKinds Compare(DealSnapshot before, DealSnapshot after)
    {
        var kinds = StageChange(before.Stage, after.Stage);
        if (before.CloseDate is { } wasDue && after.CloseDate is { } isDue && wasDue != isDue)
        {
            kinds |= isDue > wasDue ? DealChangeKinds.Slipped : DealChangeKinds.PulledIn;
        }

        if (before.Category != after.Category)
        {
            kinds |= DealChangeKinds.CategoryChanged;
        }

        if (before.Amount != after.Amount)
        {
            kinds |= DealChangeKinds.AmountChanged;
        }

        return kinds;
    }

    private static DealChangeKinds StageChange(DealStage before, DealStage after)
    {
        if (before == after)
        {
            return DealChangeKinds.None;
        }

        return (IsClosed(before), after) switch
        {
            (_, DealStage.ClosedWon) => DealChangeKinds.Won,
            (_, DealStage.ClosedLost) => DealChangeKinds.Lost,
            (true, _) => DealChangeKinds.Reopened,
            _ => after > before ? DealChangeKinds.Advanced : DealChangeKinds.MovedBack,
        };
    }

    private static bool IsClosed(DealStage stage) => stage is DealStage.ClosedWon or DealStage.ClosedLost;
}
