using System.Text.Json;
using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// Reads a rep's call or the manager's calls from a card action, checks them against the team's forecast as it
/// stands, and keeps them only when every check passes.
/// </summary>
internal sealed class ForecastSubmissions(ForecastCallService service, ForecastRecorder recorder, TimeProvider clock)
{
    public async Task<ActionOutcome> SubmitAsync(
        string tenantId,
        ForecastContext context,
        JsonElement data,
        CancellationToken cancellationToken)
    {
        if (!ForecastInputs.TryAmount(data, ForecastVerbs.CommitInput, out var commit)
            || !ForecastInputs.TryAmount(data, ForecastVerbs.BestCaseInput, out var bestCase)
            || !ForecastInputs.TryAmount(data, ForecastVerbs.PipelineInput, out var pipeline)
            || commit is null || bestCase is null || pipeline is null)
        {
            return ActionOutcome.Refused("Give your commit, best case and pipeline as amounts.");
        }

        var evidence = new List<CommitEvidence>();
        var deals = ForecastInputs.Strings(data, "deals");
        for (var i = 0; i < deals.Count; i++)
        {
            if (!ForecastInputs.TryDate(data, ForecastVerbs.MeetingInput(i), out var meeting))
            {
                return ActionOutcome.Refused("A decision meeting date is not a date; pick it in the date field.");
            }

            evidence.Add(new CommitEvidence(
                deals[i],
                ForecastInputs.Flag(data, ForecastVerbs.PaperInput(i)),
                ForecastInputs.Flag(data, ForecastVerbs.BudgetInput(i)),
                meeting));
        }

        var viewer = context.Viewer;
        var team = await service.LoadTeamAsync(
            tenantId,
            viewer.Manager,
            viewer.Reps,
            context.Period,
            cancellationToken);
        var rep = team.Reps.First(r => r.RepId == viewer.Actor.Id);
        var figures = new CallFigures(commit.Value, bestCase.Value, pipeline.Value);
        var problems = SubmissionRules.Check(figures, rep.Rollup, evidence, context.Period);
        if (problems.Count > 0)
        {
            return new ActionOutcome(problems, null);
        }

        var submission = new RepSubmission(
            rep.RepId,
            context.Period.Key,
            context.Call.CallId,
            clock.GetUtcNow(),
            figures,
            evidence);
        await recorder.SubmitAsync(tenantId, team, rep, submission, cancellationToken);
        return ActionOutcome.Kept($"Your call is in: {ForecastCardParts.Figures(figures)}.");
    }

    public async Task<ActionOutcome> SetManagerCallsAsync(
        string tenantId,
        ForecastContext context,
        JsonElement data,
        CancellationToken cancellationToken)
    {
        var viewer = context.Viewer;
        var team = await service.LoadTeamAsync(
            tenantId,
            viewer.Manager,
            viewer.Reps,
            context.Period,
            cancellationToken);
        var byId = team.Reps.ToDictionary(r => r.RepId, StringComparer.Ordinal);
        var reps = ForecastInputs.Strings(data, "reps");
        var calls = new List<(RepForecast Rep, decimal Amount)>();
        for (var i = 0; i < reps.Count; i++)
        {
            if (!byId.TryGetValue(reps[i], out var rep))
            {
                continue;
            }

            if (!ForecastInputs.TryAmount(data, ForecastVerbs.ManagerCallInput(i), out var amount) || amount < 0m)
            {
                return ActionOutcome.Refused($"Your call for {rep.RepName} must be an amount of 0 or more.");
            }

            if (amount is { } value && value != rep.ManagerCall)
            {
                calls.Add((rep, value));
            }
        }

        var now = clock.GetUtcNow();
        foreach (var (rep, amount) in calls)
        {
            await recorder.SetManagerCallAsync(
                tenantId,
                team,
                rep,
                new ManagerCall(rep.RepId, amount, viewer.Actor.Id, now),
                cancellationToken);
        }

        return ActionOutcome.Kept(calls.Count switch
        {
            0 => "No call changed.",
            1 => $"Saved your call for {calls[0].Rep.RepName}: {Format.Money(calls[0].Amount)}.",
            _ => $"Saved your calls for {calls.Count} reps.",
        });
    }
}
