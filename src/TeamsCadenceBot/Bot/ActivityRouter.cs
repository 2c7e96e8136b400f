using System.Text.Json;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.Bot;

/// <summary>
/// Sends each authenticated activity to the feature that owns it: text to a command, card actions
/// to the handler of their verb, installs to the lifecycle, meeting events to the meeting handlers.
/// </summary>
internal sealed partial class ActivityRouter(
    IConnectorClient connector,
    IActivityDeduplicator deduplicator,
    CommandCatalog commands,
    IEnumerable<ITurnObserver> observers,
    IEnumerable<ICardActionHandler> cardActions,
    IEnumerable<IConversationLifecycle> lifecycles,
    IEnumerable<IMeetingLifecycle> meetingHandlers,
    ILogger<ActivityRouter> logger) : IActivityHandler
{
    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.GetTenantId() is not { } tenantId || activity.From is null || activity.ServiceUrl is null
            || activity.Conversation is null)
        {
            LogMissingFields(logger, activity.Type, activity.Id);
            return activity.Type == ActivityTypes.Invoke
                ? InvokeResponse.Error(400, "BadRequest", "The activity lacks its tenant, sender or conversation.")
                : null;
        }

        var claim = activity.Id is { } id && !HandlesRedeliveryItself(activity) ? id : null;
        if (claim is not null && !await deduplicator.TryClaimAsync(tenantId, claim, cancellationToken))
        {
            LogDuplicate(logger, activity.Type, claim);
            return activity.Type == ActivityTypes.Invoke
                ? InvokeResponse.Message("This action was already handled.")
                : null;
        }

        var turn = new Turn(activity, tenantId, new ConversationAddress(activity.ServiceUrl, activity.Conversation.Id, tenantId), connector);
        try
        {
            foreach (var observer in observers)
            {
                await observer.ObserveAsync(turn, cancellationToken);
            }

            return await DispatchAsync(turn, cancellationToken);
        }
        catch
        {
            if (claim is not null)
            {
                await deduplicator.ReleaseAsync(tenantId, claim, CancellationToken.None);
            }

            throw;
        }
    }

    private bool HandlesRedeliveryItself(Activity activity) =>
        activity.Type == ActivityTypes.Invoke
        && activity.Name == ActivityTypes.AdaptiveCardActionInvoke
        && CardActionRequest.TryRead(activity.Value, out var request)
        && FindHandler(request.Verb)?.DeduplicatesItself(request.Verb) == true;

    private ICardActionHandler? FindHandler(string verb) =>
        cardActions.FirstOrDefault(h => verb.StartsWith(h.VerbPrefix, StringComparison.Ordinal));

    private async Task<InvokeResponse?> DispatchAsync(Turn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message when activity.Value is { ValueKind: JsonValueKind.Object } value:
                await HandleSubmitAsync(turn, value, cancellationToken);
                return null;
            case ActivityTypes.Message:
                await HandleTextAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardActionInvoke:
                return await HandleExecuteAsync(turn, cancellationToken);
            case ActivityTypes.Invoke:
                LogUnsupportedInvoke(logger, activity.Name);
                return InvokeResponse.NotSupported(activity.Name);
            case ActivityTypes.InstallationUpdate:
                await HandleInstallationAsync(turn, activity.Action?.StartsWith("add", StringComparison.Ordinal) == true, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate when activity.BotWasAdded():
                await HandleInstallationAsync(turn, installed: true, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate when activity.BotWasRemoved():
                await HandleInstallationAsync(turn, installed: false, cancellationToken);
                return null;
            case ActivityTypes.Event when activity.ChannelData?.Meeting?.Id is { } meetingId:
                await HandleMeetingAsync(turn, meetingId, cancellationToken);
                return null;
            default:
                LogIgnored(logger, activity.Type, activity.Name);
                return null;
        }
    }

    private async Task HandleTextAsync(Turn turn, CancellationToken cancellationToken)
    {
        var text = turn.Activity.GetCommandText();
        if (commands.Match(text, turn.Scope) is not var (command, arguments))
        {
            var known = commands.Match(text, scope: null) is not null;
            await turn.ReplyAsync(
                known
                    ? $"That command doesn't work here. Type **help** to see what works in this {ScopeName(turn.Scope)}."
                    : "I didn't understand that. Type **help** to see what I can do.",
                cancellationToken);
            return;
        }

        LogCommand(logger, command.Name);
        await command.HandleAsync(turn, arguments, cancellationToken);
    }

    private async Task<InvokeResponse> HandleExecuteAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!CardActionRequest.TryRead(turn.Activity.Value, out var request))
        {
            return InvokeResponse.Error(400, "BadRequest", "The card action carries no verb.");
        }

        if (FindHandler(request.Verb) is not { } handler)
        {
            LogUnknownVerb(logger, request.Verb);
            return InvokeResponse.Error(400, "UnknownAction", "This card's action is no longer supported. Ask for a new card.");
        }

        return await handler.HandleAsync(turn, request.Verb, request.Data, cancellationToken);
    }

    private async Task HandleSubmitAsync(Turn turn, JsonElement value, CancellationToken cancellationToken)
    {
        if (!CardActionRequest.TryReadSubmit(value, out var request)
            || FindHandler(request.Verb) is not { } handler)
        {
            LogUnknownVerb(logger, value.TryGetProperty("verb", out var v) ? v.ToString() : "(none)");
            await turn.ReplyAsync("This card's button is no longer supported. Ask for a new card.", cancellationToken);
            return;
        }

        var response = await handler.HandleAsync(turn, request.Verb, request.Data, cancellationToken);
        switch (response.Body)
        {
            case UniversalActionBody { Value: Teams.Cards.AdaptiveCard card }:
                await turn.ReplyAsync(card, cancellationToken);
                break;
            case UniversalActionBody { Value: string text }:
                await turn.ReplyAsync(text, cancellationToken);
                break;
            case UniversalActionBody { Value: UniversalActionError error }:
                await turn.ReplyAsync(error.Message, cancellationToken);
                break;
            default:
                break;
        }
    }

    private async Task HandleInstallationAsync(Turn turn, bool installed, CancellationToken cancellationToken)
    {
        LogInstallation(logger, installed ? "installed" : "uninstalled", turn.Scope);
        foreach (var lifecycle in lifecycles)
        {
            if (installed)
            {
                await lifecycle.OnInstalledAsync(turn, cancellationToken);
            }
            else
            {
                await lifecycle.OnUninstalledAsync(turn, cancellationToken);
            }
        }
    }

    private async Task HandleMeetingAsync(Turn turn, string meetingId, CancellationToken cancellationToken)
    {
        foreach (var handler in meetingHandlers)
        {
            switch (turn.Activity.Name)
            {
                case ActivityTypes.MeetingStartEvent:
                    await handler.OnMeetingStartedAsync(turn, meetingId, cancellationToken);
                    break;
                case ActivityTypes.MeetingEndEvent:
                    await handler.OnMeetingEndedAsync(turn, meetingId, cancellationToken);
                    break;
                default:
                    LogIgnored(logger, turn.Activity.Type, turn.Activity.Name);
                    return;
            }
        }
    }

    private static string ScopeName(ConversationScope scope) => scope switch
    {
        ConversationScope.Personal => "personal chat",
        ConversationScope.GroupChat => "group chat",
        _ => "channel",
    };

    [LoggerMessage(EventId = 1001, EventName = "ActivityMissingFields", Level = LogLevel.Warning,
        Message = "Ignored a {ActivityType} activity {ActivityId} without tenant, sender, service URL or conversation")]
    private static partial void LogMissingFields(ILogger logger, string activityType, string? activityId);

    [LoggerMessage(EventId = 1002, EventName = "ActivityDuplicate", Level = LogLevel.Information,
        Message = "Ignored a redelivered {ActivityType} activity {ActivityId}")]
    private static partial void LogDuplicate(ILogger logger, string activityType, string activityId);

    [LoggerMessage(EventId = 1003, EventName = "InvokeNotSupported", Level = LogLevel.Information,
        Message = "Answered the unsupported invoke {InvokeName} with 'not supported'")]
    private static partial void LogUnsupportedInvoke(ILogger logger, string? invokeName);

    [LoggerMessage(EventId = 1004, EventName = "ActivityIgnored", Level = LogLevel.Debug,
        Message = "Ignored a {ActivityType} activity named {ActivityName}")]
    private static partial void LogIgnored(ILogger logger, string activityType, string? activityName);

    [LoggerMessage(EventId = 1005, EventName = "CommandReceived", Level = LogLevel.Debug,
        Message = "Running the command {CommandName}")]
    private static partial void LogCommand(ILogger logger, string commandName);

    [LoggerMessage(EventId = 1006, EventName = "CardVerbUnknown", Level = LogLevel.Warning,
        Message = "No handler for the card verb {Verb}")]
    private static partial void LogUnknownVerb(ILogger logger, string verb);

    [LoggerMessage(EventId = 1007, EventName = "Installation", Level = LogLevel.Information,
        Message = "The bot was {Change} in a {Scope} conversation")]
    private static partial void LogInstallation(ILogger logger, string change, ConversationScope scope);
}
