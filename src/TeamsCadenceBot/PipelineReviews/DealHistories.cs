using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>Rebuilds each deal's path through the stages from weekly snapshots and the deal as it stands.</summary>
internal static class DealHistories
{
    /// <param name="current">The deals as they stand; each gets one history.</param>
    /// <param name="snapshots">Earlier weekly snapshots, in any order.</param>
    /// <param name="today">The date the current deals stand at.</param>
    public static IReadOnlyList<DealHistory> Build(
        IReadOnlyList<Deal> current,
        IReadOnlyList<PipelineSnapshot> snapshots,
        DateOnly today)
    {
        var seen = new Dictionary<string, List<(DateOnly On, Deal Deal)>>(StringComparer.Ordinal);
        foreach (var snapshot in snapshots.Where(s => s.TakenOn <= today))
        {
            foreach (var deal in snapshot.Deals)
            {
                if (!seen.TryGetValue(deal.CrmId, out var list))
                {
                    seen[deal.CrmId] = list = [];
                }

                list.Add((snapshot.TakenOn, deal));
            }
        }

        return [.. current.Select(deal =>
        {
            var observations = seen.GetValueOrDefault(deal.CrmId) ?? [];
            observations.Add((today, deal));
            return Trace(deal, observations.OrderBy(o => o.On).ToList());
        })];
    }

    private static DealHistory Trace(Deal deal, IReadOnlyList<(DateOnly On, Deal Deal)> observations)
    {
        var visits = new List<StageVisit>();
        DealStage? furthest = null;
        foreach (var (on, seen) in observations)
        {
            var open = visits.Count > 0 && visits[^1].Left is null ? visits[^1] : null;
            if (!seen.IsOpen)
            {
                if (open is not null)
                {
                    visits[^1] = open with { Left = Earliest(seen.CloseDate ?? on, on, open.Entered) };
                }

                continue;
            }

            furthest = furthest is { } f && f >= seen.Stage ? f : seen.Stage;
            if (open?.Stage == seen.Stage)
            {
                continue;
            }

            // Entered when the CRM says, else when a snapshot first showed it there.
            var entered = seen.StageEnteredDate is { } e && e <= on ? e : on;
            if (open is not null)
            {
                entered = entered < open.Entered ? open.Entered : entered;
                visits[^1] = open with { Left = entered };
            }

            visits.Add(new StageVisit(seen.Stage, entered, null));
        }

        return new DealHistory(deal, furthest, visits);
    }

    // A close date after the snapshot that shows the deal closed is a data slip; the snapshot bounds it.
    private static DateOnly Earliest(DateOnly close, DateOnly seenOn, DateOnly notBefore)
    {
        var left = close < seenOn ? close : seenOn;
        return left < notBefore ? notBefore : left;
    }
}
