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
    public const string OutOfDate =
        "This forecast card is out of date. Type **forecast** in the team's channel for a new one.";

    public string VerbPrefix => ForecastVerbs.Prefix;

    public async Task<InvokeResponse> HandleAsync(
        Turn turn,
        string verb,
        JsonElement data,
        CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } actor)
        {
            return InvokeResponse.Error(403, "UnknownPerson", PeopleTurns.UnknownSender);
        }

        if (verb == ForecastVerbs.Start)
        {
            var period = ForecastInputs.Text(data, "period");
            var launch = await launcher.LaunchAsync(turn, actor, period, cancellationToken);
            return launch.Refusal is { } refusal
                ? InvokeResponse.Error(403, "CannotLaunch", refusal)
                : InvokeResponse.Message($"The forecast call for {launch.Period!.Label} is posted in this channel.");
        }

        if (verb == ForecastVerbs.Settings)
        {
            return await SaveSettingsAsync(turn.TenantId, actor, data, cancellationToken);
        }

        if (await OpenAsync(turn.TenantId, actor, data, cancellationToken) is not { } context)
        {
            return InvokeResponse.Error(400, "OutOfDate", OutOfDate);
        }

        var tenantId = turn.TenantId;
        return verb switch
        {
            ForecastVerbs.View => await ViewAsync(tenantId, context, null, cancellationToken),
            ForecastVerbs.Submit => await ChangeAsync(
                tenantId,
                context,
                ForecastRole.Rep,
                verb,
                "Your call was not kept.",
                () => submissions.SubmitAsync(tenantId, context, data, cancellationToken),
                cancellationToken),
            ForecastVerbs.ManagerCalls => await ChangeAsync(
                tenantId,
                context,
                ForecastRole.Manager,
                verb,
                "Nothing was saved.",
                () => submissions.SetManagerCallsAsync(tenantId, context, data, cancellationToken),
                cancellationToken),
            _ => InvokeResponse.Error(400, "UnknownAction", OutOfDate),
        };
    }

    private async Task<InvokeResponse> SaveSettingsAsync(
        string tenantId,
        Person actor,
        JsonElement data,
        CancellationToken cancellationToken)
    {
        var managerId = ForecastInputs.Text(data, "managerId");
        if (managerId != actor.Id || (await people.ListReportsAsync(tenantId, actor.Id, cancellationToken)).Count == 0)
        {
            ForecastLog.ActionNotAllowed(logger, ForecastVerbs.Settings, ForecastRole.None);
            return InvokeResponse.Error(403, "NotAllowed", "Only the team's manager changes its forecast settings.");
        }

        var (thresholds, problems) = ForecastSettingsRules.Read(data);
        if (thresholds is null)
        {
            return InvokeResponse.Error(400, "Refused", "Nothing was saved. " + string.Join(' ', problems));
        }

        await store.SaveThresholdsAsync(tenantId, actor.Id, thresholds, cancellationToken);
        ForecastLog.ActionKept(logger, ForecastVerbs.Settings, "settings");
        var card = ForecastSettingsCard.Build(actor.Id, actor.DisplayName, thresholds, "Saved.");
        return InvokeResponse.Card(card);
    }

    private async Task<ForecastContext?> OpenAsync(
        string tenantId,
        Person actor,
        JsonElement data,
        CancellationToken cancellationToken)
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
        var refresh = ForecastCardParts.Refresh(call, ForecastAudience.All(viewer.Chain, viewer.Reps));
        return new ForecastContext(viewer, period, call, open, refresh);
    }

    private async Task<InvokeResponse> ViewAsync(
        string tenantId,
        ForecastContext context,
        string? notice,
        CancellationToken cancellationToken)
    {
        var viewer = context.Viewer;
        ForecastLog.ViewShown(logger, viewer.Role, context.Call.CallId);
        if (viewer.Role == ForecastRole.Leader)
        {
            var teams = await service.LoadLeaderAsync(tenantId, viewer.Actor, context.Period, cancellationToken);
            var name = viewer.Actor.DisplayName;
            return InvokeResponse.Card(LeaderForecastCard.Build(name, context.Period, teams, context.Refresh));
        }

        if (viewer.Role == ForecastRole.None)
        {
            var manager = viewer.Manager.DisplayName;
            return InvokeResponse.Card(ForecastCards.Outsider(context.Period, manager, context.Call, context.Refresh));
        }

        var (call, open, refresh) = (context.Call, context.Open, context.Refresh);
        var team = await service.LoadTeamAsync(
            tenantId,
            viewer.Manager,
            viewer.Reps,
            context.Period,
            cancellationToken);
        if (viewer.Role == ForecastRole.Manager)
        {
            return InvokeResponse.Card(TeamForecastCard.Build(team, call, open, refresh, notice));
        }

        var rep = team.Reps.First(r => r.RepId == viewer.Actor.Id);
        return InvokeResponse.Card(RepForecastCard.Build(team, rep, call, open, refresh, notice));
    }

    private async Task<InvokeResponse> ChangeAsync(
        string tenantId,
        ForecastContext context,
        ForecastRole needed,
        string verb,
        string refusedPrefix,
        Func<Task<ActionOutcome>> change,
        CancellationToken cancellationToken)
    {
        if (Refusal(context, needed, verb) is { } refused)
        {
            return refused;
        }

        var outcome = await change();
        if (outcome.Problems.Count > 0)
        {
            ForecastLog.ActionRefused(logger, verb, context.Call.CallId, outcome.Problems.Count);
            return InvokeResponse.Error(400, "Refused", refusedPrefix + " " + string.Join(' ', outcome.Problems));
        }

        ForecastLog.ActionKept(logger, verb, context.Call.CallId);
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
            : InvokeResponse.Error(400, "PeriodClosed", $"{context.Period.Label} has closed: calls can't change now.");
    }
}
