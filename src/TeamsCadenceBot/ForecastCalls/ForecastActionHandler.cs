using System.Text.Json;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// The forecast call's card actions: launching from the reminder, each viewer's own view, a rep's submission and the
/// manager's calls. Every action checks the person acting anew against the team as it stands; a refused action
/// says why and changes nothing.
/// </summary>
internal sealed class ForecastActionHandler(
    ForecastLauncher launcher,
    ForecastCallService service,
    ForecastSubmissions submissions,
    IForecastStore store,
    IPeopleStore people,
    ILogger<ForecastActionHandler> logger) : ICardActionHandler
{
    public const string OutOfDate = "This forecast card is out of date. Type **forecast** in the team's channel for a new one.";

    public string VerbPrefix => ForecastVerbs.Prefix;

    public async Task<InvokeResponse> HandleAsync(Turn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } actor)
        {
            return InvokeResponse.Error(403, "UnknownPerson", PeopleTurns.UnknownSender);
        }

        if (verb == ForecastVerbs.Start)
        {
            var launch = await launcher.LaunchAsync(turn, actor, ForecastInputs.Text(data, "period"), cancellationToken);
            return launch.Refusal is { } refusal
                ? InvokeResponse.Error(403, "CannotLaunch", refusal)
                : InvokeResponse.Message($"The forecast call for {launch.Period!.Label} is posted in this channel.");
        }

        if (await OpenAsync(turn.TenantId, actor, data, cancellationToken) is not { } context)
        {
            return InvokeResponse.Error(400, "OutOfDate", OutOfDate);
        }

        return verb switch
        {
            ForecastVerbs.View => await ViewAsync(turn.TenantId, context, null, cancellationToken),
            ForecastVerbs.Submit => await SubmitAsync(turn.TenantId, context, data, cancellationToken),
            ForecastVerbs.ManagerCalls => await ManagerCallsAsync(turn.TenantId, context, data, cancellationToken),
            _ => InvokeResponse.Error(400, "UnknownAction", OutOfDate),
        };
    }

    private async Task<ForecastContext?> OpenAsync(string tenantId, Person actor, JsonElement data, CancellationToken cancellationToken)
    {
        if (ForecastInputs.Text(data, "managerId") is not { } managerId
            || ForecastInputs.Text(data, "period") is not { } periodKey
            || ForecastInputs.Text(data, "callId") is not { } callId
            || await store.GetCallAsync(tenantId, managerId, periodKey, callId, cancellationToken) is null
            || await service.ViewerAsync(tenantId, actor, managerId, cancellationToken) is not { } viewer
            || await service.ParsePeriodAsync(tenantId, viewer.Manager, periodKey, cancellationToken) is not { } period)
        {
            return null;
        }

        var call = new ForecastCardData(managerId, periodKey, callId);
        var open = !period.IsClosed(service.TodayOf(viewer.Manager));
        return new ForecastContext(viewer, period, call, open, ForecastCardParts.Refresh(call, ForecastAudience.All(viewer.Chain, viewer.Reps)));
    }

    private async Task<InvokeResponse> ViewAsync(
        string tenantId,
        ForecastContext context,
        string? notice,
        CancellationToken cancellationToken)
    {
        var viewer = context.Viewer;
        ForecastLog.ViewShown(logger, viewer.Role, context.Call.CallId);
        switch (viewer.Role)
        {
            case ForecastRole.Manager:
                var team = await service.LoadTeamAsync(tenantId, viewer.Manager, viewer.Reps, context.Period, cancellationToken);
                return InvokeResponse.Card(TeamForecastCard.Build(team, context.Call, context.Open, context.Refresh, notice));
            case ForecastRole.Rep:
                var mine = await service.LoadTeamAsync(tenantId, viewer.Manager, viewer.Reps, context.Period, cancellationToken);
                var rep = mine.Reps.First(r => r.RepId == viewer.Actor.Id);
                return InvokeResponse.Card(RepForecastCard.Build(mine, rep, context.Call, context.Open, context.Refresh, notice));
            case ForecastRole.Leader:
                var teams = await service.LoadLeaderAsync(tenantId, viewer.Actor, context.Period, cancellationToken);
                return InvokeResponse.Card(LeaderForecastCard.Build(viewer.Actor.DisplayName, context.Period, teams, context.Refresh));
            default:
                return InvokeResponse.Card(
                    ForecastCards.Outsider(context.Period, viewer.Manager.DisplayName, context.Call, context.Refresh));
        }
    }

    private async Task<InvokeResponse> SubmitAsync(
        string tenantId,
        ForecastContext context,
        JsonElement data,
        CancellationToken cancellationToken)
    {
        if (Refusal(context, ForecastRole.Rep, ForecastVerbs.Submit) is { } refused)
        {
            return refused;
        }

        var outcome = await submissions.SubmitAsync(tenantId, context, data, cancellationToken);
        if (outcome.Problems.Count > 0)
        {
            ForecastLog.SubmissionRefused(logger, context.Call.CallId, outcome.Problems.Count);
            return InvokeResponse.Error(400, "CallRefused", "Your call was not kept. " + string.Join(' ', outcome.Problems));
        }

        ForecastLog.SubmissionKept(logger, context.Call.CallId);
        return await ViewAsync(tenantId, context, outcome.Notice, cancellationToken);
    }

    private async Task<InvokeResponse> ManagerCallsAsync(
        string tenantId,
        ForecastContext context,
        JsonElement data,
        CancellationToken cancellationToken)
    {
        if (Refusal(context, ForecastRole.Manager, ForecastVerbs.ManagerCalls) is { } refused)
        {
            return refused;
        }

        var outcome = await submissions.SetManagerCallsAsync(tenantId, context, data, cancellationToken);
        if (outcome.Problems.Count > 0)
        {
            return InvokeResponse.Error(400, "CallsRefused", "Nothing was saved. " + string.Join(' ', outcome.Problems));
        }

        return await ViewAsync(tenantId, context, outcome.Notice, cancellationToken);
    }

    private InvokeResponse? Refusal(ForecastContext context, ForecastRole needed, string verb)
    {
        var manager = context.Viewer.Manager.DisplayName;
        if (context.Viewer.Role != needed)
        {
            ForecastLog.ActionNotAllowed(logger, verb, context.Viewer.Role);
            return InvokeResponse.Error(
                403,
                "NotAllowed",
                needed == ForecastRole.Rep ? ForecastAccess.OnlyReps(manager) : ForecastAccess.OnlyManager(manager));
        }

        return context.Open
            ? null
            : InvokeResponse.Error(400, "PeriodClosed", $"{context.Period.Label} has closed: calls can no longer change.");
    }
}
