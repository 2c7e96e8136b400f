using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// The checks a rep's call must pass before it is kept. The rule: no figure is negative; the categories are
/// cumulative, so commit is at most best case and best case at most pipeline; commit is at least what is already
/// closed won in the period; every deal the CRM has in commit carries at least one piece of evidence (signed
/// paper, budget approval or a decision meeting date), and a decision meeting that is the only evidence falls
/// inside the period.
/// The figures may differ from the CRM's roll-up: that judgement is what the call is for.
/// </summary>
internal static class SubmissionRules
{
    /// <summary>Every reason to refuse the call, in the order above; empty when it can be kept.</summary>
    public static IReadOnlyList<string> Check(
        CallFigures call,
        RepRollup rollup,
        IReadOnlyList<CommitEvidence> evidence,
        ForecastPeriod period)
    {
        var problems = new List<string>();
        if (call.Commit < 0m || call.BestCase < 0m || call.Pipeline < 0m)
        {
            problems.Add("Amounts can't be negative.");
        }

        if (call.Commit > call.BestCase)
        {
            problems.Add($"Best case includes commit, so it can't be below it ({Format.Money(call.BestCase)} "
                + $"against a commit of {Format.Money(call.Commit)}).");
        }

        if (call.BestCase > call.Pipeline)
        {
            problems.Add($"Pipeline includes best case, so it can't be below it ({Format.Money(call.Pipeline)} "
                + $"against a best case of {Format.Money(call.BestCase)}).");
        }

        if (call.Commit < rollup.ClosedWon)
        {
            problems.Add($"Commit includes what is closed won: you have already won {Format.Money(rollup.ClosedWon)} "
                + $"in {period.Label}, more than your commit of {Format.Money(call.Commit)}.");
        }

        var given = evidence.ToDictionary(e => e.CrmId, StringComparer.Ordinal);
        foreach (var deal in rollup.CommitDeals)
        {
            var name = Format.Short(deal.Name, 60);
            if (given.GetValueOrDefault(deal.CrmId) is not { IsEmpty: false } backing)
            {
                problems.Add($"{name} is in commit without evidence: tick signed paper or budget approval, "
                    + "or give the decision meeting date.");
            }
            else if (backing.DecisionMeeting is { } meeting && !period.Contains(meeting)
                && !backing.SignedPaper && !backing.BudgetApproved)
            {
                problems.Add($"{name}: the decision meeting on {Format.Date(meeting)} is outside {period.Label}, "
                    + "so it can't back a commit for this period.");
            }
        }

        return problems;
    }
}
