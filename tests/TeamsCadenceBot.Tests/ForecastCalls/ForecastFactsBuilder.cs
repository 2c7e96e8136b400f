using TeamsCadenceBot.Deals;
using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.Tests.ForecastCalls;

/// <summary>Facts of a team's forecast manager Megan, no reps, nothing kept, default thresholds.</summary>
internal sealed class ForecastFactsBuilder
{
    private readonly List<TeamMember> _reps = [];
    private readonly List<Deal> _deals = [];
    private readonly Dictionary<string, decimal> _quotas = new(StringComparer.Ordinal);
    private readonly List<RepSubmission> _submissions = [];
    private readonly Dictionary<string, decimal> _managerCalls = new(StringComparer.Ordinal);
    private readonly List<PeriodResult> _history = [];

    public ForecastFactsBuilder Rep(string id, string name, decimal? quota = null)
    {
        _reps.Add(new TeamMember(id, name));
        if (quota is { } q)
        {
            _quotas[id] = q;
        }

        return this;
    }

    public ForecastFactsBuilder Deals(params Deal[] deals)
    {
        _deals.AddRange(deals);
        return this;
    }

    public ForecastFactsBuilder Submitted(
        string repId,
        DateTimeOffset at,
        decimal commit,
        decimal bestCase,
        decimal pipeline)
    {
        _submissions.Add(new RepSubmission(
            repId,
            ForecastDeals.Period.Key,
            "call-1",
            at,
            new CallFigures(commit, bestCase, pipeline),
            []));
        return this;
    }

    public ForecastFactsBuilder ManagerCall(string repId, decimal amount)
    {
        _managerCalls[repId] = amount;
        return this;
    }

    public ForecastFactsBuilder History(params PeriodResult[] results)
    {
        _history.AddRange(results);
        return this;
    }

    public ForecastFacts Build() => new(
        "mgr",
        "Megan Bowen",
        ForecastDeals.Period,
        ForecastDeals.Today,
        _reps,
        _deals,
        _quotas,
        _submissions,
        _managerCalls,
        [],
        _history,
        ForecastThresholds.Default,
        PipelineThresholds.Default);
}
