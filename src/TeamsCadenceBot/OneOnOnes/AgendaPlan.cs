namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// Builds the agenda's time blocks: the default order (previous commitments, pipeline health, deal coaching,
/// skill development, obstacles and action items), most time on deal coaching, the rep's answers and added
/// topics merged in, and whole minutes that always add up to the meeting's length.
/// </summary>
internal static class AgendaPlan
{
    // Relative weights: the framework gives most of a 1:1 to coaching on real deals.
    private static readonly (AgendaBlockKind Kind, string Title, double Weight)[] Defaults =
    [
        (AgendaBlockKind.PreviousCommitments, "Review previous commitments", 2),
        (AgendaBlockKind.PipelineHealth, "Pipeline health", 2),
        (AgendaBlockKind.DealCoaching, "Deal coaching", 5),
        (AgendaBlockKind.SkillDevelopment, "Skill development", 2),
        (AgendaBlockKind.ObstaclesAndActions, "Obstacles and action items", 2),
    ];

    public static IReadOnlyList<AgendaBlock> Build(
        TimeSpan length,
        int previousItems,
        PrepAnswers? prep,
        IReadOnlyList<AgendaTopic> topics,
        string repName)
    {
        var obstacleLines = new List<string>();
        if (prep is not null)
        {
            obstacleLines.AddRange(prep.Priorities.Select(p => $"{repName}'s priority: {p}"));
            if (!string.IsNullOrWhiteSpace(prep.OtherTopics))
            {
                obstacleLines.Add($"{repName}'s other topics: {prep.OtherTopics}");
            }
        }

        obstacleLines.AddRange(topics.Select(t => $"{t.Text} (added by {t.AddedByName})"));
        var lines = new Dictionary<AgendaBlockKind, IReadOnlyList<string>>
        {
            [AgendaBlockKind.DealCoaching] = prep?.Deals ?? [],
            [AgendaBlockKind.ObstaclesAndActions] = obstacleLines,
        };

        // Blocks with more to discuss get a little more time, within bounds, so deal coaching stays the largest.
        var weights = Defaults.Select(d => d.Weight + d.Kind switch
        {
            AgendaBlockKind.PreviousCommitments => Math.Min(previousItems, 4) * 0.25,
            AgendaBlockKind.ObstaclesAndActions => Math.Min(obstacleLines.Count, 6) * 0.25,
            _ => 0,
        }).ToArray();
        var minutes = Split((int)Math.Round(length.TotalMinutes), weights);
        return [.. Defaults.Select((d, i) => new AgendaBlock(d.Kind, d.Title, minutes[i], lines.GetValueOrDefault(d.Kind) ?? []))];
    }

    /// <summary>Splits <paramref name="total"/> minutes by weight, largest remainders first, at least one each.</summary>
    public static int[] Split(int total, IReadOnlyList<double> weights)
    {
        // Schedules are at least 15 minutes long, so every block gets a minute and the loops below end.
        ArgumentOutOfRangeException.ThrowIfLessThan(total, weights.Count);
        var sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToArray();
        var whole = exact.Select(e => Math.Max(1, (int)Math.Floor(e))).ToArray();
        var order = exact
            .Select((e, i) => (Remainder: e - Math.Floor(e), Index: i))
            .OrderByDescending(x => x.Remainder)
            .ThenBy(x => x.Index)
            .Select(x => x.Index)
            .ToArray();
        for (var k = 0; whole.Sum() < total; k++)
        {
            whole[order[k % order.Length]]++;
        }

        for (var k = order.Length - 1; whole.Sum() > total; k = (k + order.Length - 1) % order.Length)
        {
            if (whole[order[k]] > 1)
            {
                whole[order[k]]--;
            }
        }

        return whole;
    }
}
