using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// Launches a forecast call for the sender's team in the channel of the turn: measures closed periods, stores the
/// call with a snapshot of every rep, posts the one card, and sends the form to the reps who are not in the
/// channel through the outbox. The <c>forecast</c> command and the reminder's <c>forecast.start</c> both use it.
/// </summary>
internal sealed class ForecastLauncher(
    ForecastCallService service,
    ForecastRecorder recorder,
    IForecastStore store,
    IPeopleStore people,
    OutboundQueue outbound,
    ILogger<ForecastLauncher> logger)
{
    public const string FormKind = "forecast.form";

    public async Task<ForecastLaunch> LaunchAsync(
        Turn turn,
        Person actor,
        string? periodText,
        CancellationToken cancellationToken)
    {
        if (turn.Scope != ConversationScope.Team)
        {
            return Refuse("not a channel", "Forecast calls run in a team channel: type **forecast** there.");
        }

        var reps = await people.ListReportsAsync(turn.TenantId, actor.Id, cancellationToken);
        if (reps.Count == 0)
        {
            return Refuse("no reps", ForecastAccess.NoTeam);
        }

        if (await service.ParsePeriodAsync(turn.TenantId, actor, periodText, cancellationToken) is not { } period)
        {
            return Refuse("unknown period", $"I can't tell which quarter \"{periodText}\" is. {ForecastPeriod.Forms}");
        }

        var thresholds = await store.GetThresholdsAsync(turn.TenantId, actor.Id, cancellationToken);
        var today = service.TodayOf(actor);
        var measured = await recorder.MeasureClosedAsync(
            turn.TenantId,
            actor,
            reps,
            ForecastPeriod.Containing(today, period.FiscalYearStartMonth),
            today,
            thresholds.CalibrationPeriods,
            cancellationToken);
        if (measured > 0)
        {
            ForecastLog.PeriodsMeasured(logger, measured);
        }

        var team = await service.LoadTeamAsync(turn.TenantId, actor, reps, period, cancellationToken);
        var conversationId = TurnConversation.WithoutThread(turn.Address.ConversationId);
        var call = await recorder.StartAsync(turn.TenantId, team, actor.Id, conversationId, cancellationToken);
        var data = new ForecastCardData(actor.Id, period.Key, call.CallId);
        var chain = await people.GetManagementChainAsync(turn.TenantId, actor.Id, cancellationToken);
        var audience = ForecastAudience.All(chain, reps);
        var taking = ForecastAudience.Count(chain, reps);
        if (taking > ForecastAudience.MaxRefreshUsers)
        {
            // Gaps: past 60 people Teams refreshes the card on sight only for the first 60; the rest press its button.
            ForecastLog.RefreshCapped(logger, call.CallId, taking);
        }

        var posted = await turn.ReplyAsync(
            ForecastCards.Posted(period, actor.DisplayName, data, ForecastCardParts.Refresh(data, audience)),
            cancellationToken);
        if (posted is { Succeeded: true, Value: { } activityId })
        {
            await store.SetActivityIdAsync(turn.TenantId, call, activityId, cancellationToken);
        }
        else
        {
            ForecastLog.CardNotPosted(logger, call.CallId, posted.Outcome.ToString());
        }

        var forms = await SendFormsAsync(turn, team, reps, data, !period.IsClosed(today), cancellationToken);
        ForecastLog.CallLaunched(logger, call.CallId, period.Key, reps.Count, forms);
        return new ForecastLaunch(call, null, period);
    }

    private async Task<int> SendFormsAsync(
        Turn turn,
        TeamForecast team,
        IReadOnlyList<Person> reps,
        ForecastCardData data,
        bool open,
        CancellationToken cancellationToken)
    {
        var channelId = TurnConversation.WithoutThread(turn.Address.ConversationId);
        var channel = turn.Address with { ConversationId = channelId };
        // Gaps: the forms go out once, at launch; a rep who joins the team later opens the call with its button.
        var members = await ConversationMembers.ListAllAsync(turn.Connector, channel, cancellationToken);
        if (members is null)
        {
            ForecastLog.MembersUnknown(logger, data.CallId);
            return 0;
        }

        var inChannel = members
            .SelectMany(m => new[] { m.Id, m.AadObjectId })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var queued = 0;
        foreach (var rep in reps.Where(r => !inChannel.Contains(r.Id) && !inChannel.Contains(r.TeamsUserId ?? r.Id)))
        {
            var forecast = team.Reps.First(r => r.RepId == rep.Id);
            string[] viewer = rep.TeamsUserId is { } teamsId ? [teamsId] : [];
            var card = RepForecastCard.Build(team, forecast, data, open, ForecastCardParts.Refresh(data, viewer));
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Attachments = [card.ToAttachment()],
                Summary = $"Your forecast call for {team.Period.Label}",
            };
            var key = $"{FormKind}:{data.ManagerId}:{data.Period}:{data.CallId}:{rep.Id}";
            await outbound.EnqueueAsync(
                new OutboundMessage(turn.TenantId, key, FormKind, DeliveryTarget.Person(rep.Id), activity),
                cancellationToken);
            queued++;
        }

        return queued;
    }

    private ForecastLaunch Refuse(string code, string reason)
    {
        ForecastLog.LaunchRefused(logger, code);
        return ForecastLaunch.Refused(reason);
    }
}
