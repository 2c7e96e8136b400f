using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>What happened to a rep's pipeline between two snapshots, for the manager's 1:1 brief.</summary>
internal static class PipelineChanges
{
    /// <summary>
    /// Compares the deals as they stood at the earlier date with the deals as they stand at the later one.
    /// A deal can change in several ways at once (advanced and slipped); each way is listed.
    /// </summary>
    public static IReadOnlyList<PipelineChange> Between(IReadOnlyList<Deal> before, IReadOnlyList<Deal> after)
    {
        var earlier = before
            .GroupBy(d => d.CrmId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var changes = new List<PipelineChange>();
        foreach (var deal in after)
        {
            var was = earlier.GetValueOrDefault(deal.CrmId);
            if (was is not null && !was.IsOpen)
            {
                continue;
            }

            switch (deal.Stage)
            {
                case DealStage.ClosedWon:
                    changes.Add(new PipelineChange(PipelineChangeKind.Won, deal, $"{deal.Name}: won"));
                    continue;
                case DealStage.ClosedLost:
                    changes.Add(new PipelineChange(PipelineChangeKind.Lost, deal, $"{deal.Name}: lost"));
                    continue;
            }

            if (was is null)
            {
                changes.Add(new PipelineChange(
                    PipelineChangeKind.New,
                    deal,
                    $"{deal.Name}: new in {Format.Stage(deal.Stage)}"));
                continue;
            }

            if (deal.Stage > was.Stage)
            {
                changes.Add(new PipelineChange(
                    PipelineChangeKind.Advanced,
                    deal,
                    $"{deal.Name}: advanced from {Format.Stage(was.Stage)} to {Format.Stage(deal.Stage)}"));
            }
            else if (deal.Stage < was.Stage)
            {
                changes.Add(new PipelineChange(
                    PipelineChangeKind.MovedBack,
                    deal,
                    $"{deal.Name}: moved back from {Format.Stage(was.Stage)} to {Format.Stage(deal.Stage)}"));
            }

            if (was.CloseDate is { } oldClose && deal.CloseDate is { } newClose && newClose > oldClose)
            {
                changes.Add(new PipelineChange(
                    PipelineChangeKind.Slipped,
                    deal,
                    $"{deal.Name}: close date slipped from {Format.Date(oldClose)} to {Format.Date(newClose)}"));
            }
        }

        return changes;
    }
}

/// <summary>One change to one deal.</summary>
internal sealed record PipelineChange(PipelineChangeKind Kind, Deal Deal, string Text);

/// <summary>The kinds of change the brief lists: new, advanced, slipped, lost (and won, moved back).</summary>
internal enum PipelineChangeKind
{
    New,
    Advanced,
    MovedBack,
    Slipped,
    Won,
    Lost,
}
